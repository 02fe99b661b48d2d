package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/** The whole extractor on the tricky shapes of news quoting, with our own sentences. */
class QuoteExtractorTest {
  private final QuoteExtractor ex = QuoteExtractor.standard();

  private Quote only(String text) {
    List<Quote> qs = ex.extract(text);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  @Test
  void pronounGoesToTheLastNamedPerson() {
    String text = "Coastguard chief Maria Olsen visited the port.\n\n“We saw nothing unusual,” she said.";
    Quote q = only(text);
    assertEquals("Maria Olsen", q.speaker());
    assertEquals("We saw nothing unusual,", q.text());
    assertEquals(text.indexOf('“'), q.start());
    assertEquals(text.indexOf('”') + 1, q.end());
  }

  @Test
  void surnameResolvesToTheFullName() {
    Quote q = only("Energy adviser Paul Whitcombe met them.\n\n“Costs are falling,” Whitcombe said.");
    assertEquals("Paul Whitcombe", q.speaker());
    assertEquals("cue-after", q.rule());
  }

  @Test
  void secondStretchAfterTheCueJoinsTheFirst() {
    Quote q = only("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”");
    assertEquals("We are ready, The trucks leave at dawn.", q.text());
    assertEquals("Hal Ortiz", q.speaker());
  }

  @Test
  void splittingKeepsStretchesApart() {
    List<Quote> qs = ex.splittingContinuations().extract("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”");
    assertEquals(2, qs.size());
    assertEquals("Hal Ortiz", qs.get(1).speaker());
    assertEquals("same-paragraph", qs.get(1).rule());
  }

  @Test
  void quotationOverParagraphsBritishStyle() {
    String text = "Ms Okoro said: \"The plan is sound.\n\n\"It will be paid for by savings.\"\n\nOthers disagreed.";
    Quote q = only(text);
    assertEquals("Okoro", q.speaker());
    assertTrue(q.text().contains("paid for by savings"));
  }

  @Test
  void pureQuotationParagraphContinuesThePreviousSpeaker() {
    String text = "“We will rebuild,” said Mayor Lina Berg.\n\n“Every house will be standing by winter.”";
    List<Quote> qs = ex.extract(text);
    assertEquals(2, qs.size());
    assertEquals("Lina Berg", qs.get(1).speaker());
    assertEquals("previous-paragraph", qs.get(1).rule());
  }

  @Test
  void partialQuoteInsideReportedSpeech() {
    Quote q = only("Senator Ruth Adair dismissed the report as “pure fiction” on Tuesday.");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("Ruth Adair", q.speaker());
  }

  @Test
  void nestedSingleQuotesStayInside() {
    Quote q = only("“They told us ‘wait’ and we waited,” Ben Carr said.");
    assertEquals("They told us ‘wait’ and we waited,", q.text());
  }

  @Test
  void guillemetsAreQuotes() {
    Quote q = only("«Nous restons ici», a dit Anne Roux. Nothing else.");
    assertEquals("Nous restons ici", q.text());
  }

  @Test
  void titlesAndScareQuotesAreLeftOut() {
    assertTrue(ex.extract("He appeared on “Morning Harbour Show” last week.").isEmpty());
    assertTrue(ex.extract("The so-called \"green tax\" returned.").isEmpty());
    assertTrue(ex.extract("See \"http://example.org/page\" for more.").isEmpty());
  }

  @Test
  void noQuotesNoWork() {
    assertTrue(ex.extract("Nothing quoted here. Just text.").isEmpty());
  }
}
