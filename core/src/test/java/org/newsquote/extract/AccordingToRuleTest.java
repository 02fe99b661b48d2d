package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The account a sentence names ({@code according to the Sun}) speaks for the quotes of that sentence. */
class AccordingToRuleTest {
  private static final QuoteExtractor EX = QuoteExtractor.standard();
  private static final AccordingToRule RULE = new AccordingToRule();

  private static Optional<Attribution> first(String text) {
    List<QuoteContext> cs = EX.contexts(text);
    return RULE.attribute(cs.get(0));
  }

  @Test
  void anAccountAfterTheCueClauseNamesTheReporter() {
    Attribution a = first("“The port stays shut,” Mayor Ann Lee said on Monday, according to the Harbour Gazette.")
        .orElseThrow();
    assertEquals("Harbour Gazette", a.speaker());
    assertEquals("according to", a.cue());
  }

  @Test
  void anAccountAfterAFragmentInsideTheSentenceNamesTheReporter() {
    Attribution a = first("Lee said the closure was “only temporary,” according to the Harbour Gazette.").orElseThrow();
    assertEquals("Harbour Gazette", a.speaker());
  }

  @Test
  void anOpeningAccountCoversTheQuotesAfterItsComma() {
    Attribution a = first("According to the Harbour Gazette, Lee called the closure “only temporary.”").orElseThrow();
    assertEquals("Harbour Gazette", a.speaker());
    Attribution b = first("But according to the Harbour Gazette, Lee called it “temporary.”").orElseThrow();
    assertEquals("Harbour Gazette", b.speaker());
  }

  @Test
  void anAccountInsideAClauseOrInTheNextSentenceIsNotTheQuotes() {
    assertTrue(first("Lee said that according to its count the ferry is “nearly full.”").isEmpty());
    assertTrue(first("Lee asked: “Is the ferry full?” The ferry sails daily, according to its website.").isEmpty());
    assertTrue(first("According to Lee “the ferry is full.”").isEmpty());
  }

  @Test
  void theStandardExtractorNamesTheAccount() {
    var quotes = EX.extract("“We will reopen in May,” Ann Lee told reporters, according to the Harbour Gazette.");
    assertEquals("Harbour Gazette", quotes.get(0).speaker());
    assertEquals("according-to", quotes.get(0).rule());
  }
}
