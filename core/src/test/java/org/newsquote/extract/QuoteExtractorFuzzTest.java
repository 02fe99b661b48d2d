package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsquote.model.Article;
import org.newsquote.model.Quote;
import org.newsquote.model.SourceRef;

/**
 * Fuzzes the quote extractor with arbitrary article text. In a plain {@code mvn test} it replays the committed seeds
 * under {@code QuoteExtractorFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it searches for new failures (RELIABILITY.md).
 *
 * <p>The property: any text gives a list of quotes (possibly empty) whose offsets lie inside the text, in text order,
 * each with non-blank words; never an exception.
 */
class QuoteExtractorFuzzTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  @FuzzTest(maxDuration = "2m")
  void extractKeepsOffsetsInsideText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    // The first line doubles as the title, so the headline rule sees fuzzed input too.
    int nl = text.indexOf('\n');
    String title = nl < 0 ? "" : text.substring(0, nl);
    Article article = Article.of("fuzz", SourceRef.file("fuzz.txt"), title, text);

    List<Quote> quotes = EXTRACTOR.extract(article);

    assertNotNull(quotes);
    int previousStart = -1;
    for (Quote q : quotes) {
      assertTrue(q.end() <= text.length(), () -> "quote ends past the text: " + q);
      assertTrue(q.start() >= previousStart, () -> "quotes out of text order at " + q);
      assertFalse(q.text().isBlank());
      previousStart = q.start();
    }
    assertEquals(quotes, EXTRACTOR.extract(article), "extraction must be deterministic");
  }
}
