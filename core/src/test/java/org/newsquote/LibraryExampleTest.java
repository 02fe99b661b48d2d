package org.newsquote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.IndexSummary;
import org.newsquote.search.ArticleHit;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.QuoteHit;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.SearchResults;
import org.newsquote.search.Snippet;

/** The README's "Using the library" example, kept compiling and working. */
class LibraryExampleTest {

  static final Path TESTDATA = Path.of("..", "testdata");

  /** The example itself: index a directory, run a query, print hits with snippets. */
  static void example(Path corpus, Path indexDir, PrintWriter out) throws InterruptedException {
    IndexSummary summary = Newsquote.index(indexDir, corpus);
    out.printf("%d articles, %d quotes%n", summary.articles(), summary.quotes());

    try (NewsSearcher searcher = Newsquote.open(indexDir)) {
      SearchRequest request = SearchRequest.builder("speaker:kirby NATO").limit(5).build();
      for (ArticleHit hit : searcher.search(request).hits()) {
        out.printf("%s  %s  %s%n", hit.date(), hit.outlet(), hit.title());
        for (Snippet snippet : hit.snippets()) {
          out.println("    " + snippet.text());
        }
      }
      for (QuoteHit quote : searcher.searchQuotes(request).hits()) {
        out.printf("%s: “%s”%n", quote.speaker(), quote.text());
      }
    }
  }

  @Test
  void exampleIndexesTestdataAndFindsKirbyOnNato(@TempDir Path dir) throws Exception {
    StringWriter text = new StringWriter();
    example(TESTDATA, dir.resolve("index"), new PrintWriter(text, true));

    String printed = text.toString();
    assertTrue(printed.contains("White House"), printed);
    assertTrue(printed.contains("John Kirby: “"), printed);
    try (NewsSearcher searcher = Newsquote.open(dir.resolve("index"))) {
      SearchResults<QuoteHit> quotes = searcher.searchQuotes(SearchRequest.builder("speaker:kirby NATO").build());
      assertTrue(quotes.totalHits() > 0, "no Kirby quote on NATO");
      for (QuoteHit q : quotes.hits()) {
        assertEquals("John Kirby", q.speaker());
        assertTrue(q.text().toLowerCase(java.util.Locale.ROOT).contains("nato"), q.text());
      }
    }
  }
}
