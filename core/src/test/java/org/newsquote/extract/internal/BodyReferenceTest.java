package org.newsquote.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The firm a company report's {@code the company} refers back to, on sentences written for the test. */
class BodyReferenceTest {
  private static String firmBefore(String text, String at) {
    Sentences s = new Sentences(text, Paragraphs.of(text), List.of());
    return BodyReference.firmBefore(text, s, text.indexOf(at));
  }

  @Test
  void theFirmThatOpensASentenceByItsLegalForm() {
    String t = "<Harbour Marine Corp> said it had agreed to buy Dale Shipping Inc of Leith. The company said so.";
    assertEquals("Harbour Marine Corp", firmBefore(t, "The company"));
    // joins between capitalised words stay in the name
    String joined = "Fenwick and Hale Co said profits rose. The company said so.";
    assertEquals("Fenwick and Hale Co", firmBefore(joined, "The company"));
  }

  @Test
  void aFirmNamedInsideASentenceOrWithoutItsLegalFormIsNoAntecedent() {
    assertNull(firmBefore("Tom Berg said Dale Shipping Inc would bid. The company said so.", "The company"));
    assertNull(firmBefore("Harbour Marine said profits rose. The company said so.", "The company"));
  }
}
