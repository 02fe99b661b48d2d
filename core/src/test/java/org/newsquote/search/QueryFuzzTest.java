package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.testing.SampleArticles;

/**
 * Fuzzes the query language through {@link NewsSearcher} over a small index: any text must give hits or a
 * {@link QuerySyntaxException} with a one-line message and a column in range. Seeds are under
 * {@code QueryFuzzTestInputs/}; RELIABILITY.md says how to fuzz longer and how to bound the time per input.
 *
 * <p>No JUnit {@code @Timeout} here: while fuzzing, JUnit would apply it to the whole session and interrupt it.
 */
class QueryFuzzTest {
  private static Path dir;
  private static NewsSearcher searcher;

  @BeforeAll
  static void smallIndex() throws IOException {
    dir = Files.createTempDirectory("newsquote-query-fuzz");
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      for (var article : SampleArticles.some()) {
        writer.put(article, article.article().id() + ".txt", "hash-" + article.article().id());
      }
    }
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyQueryEndsWithHitsOrASyntaxError(byte[] input) {
    String query = new String(input, StandardCharsets.UTF_8);
    SearchRequest request;
    try {
      request = SearchRequest.builder(query).limit(3).build();
    } catch (QuerySyntaxException e) {
      assertInRange(e);
      return;
    } catch (IllegalArgumentException e) {
      // blank or over-long text, refused by the request before parsing
      return;
    }
    try {
      searcher.search(request);
      searcher.searchQuotes(request);
    } catch (QuerySyntaxException e) {
      assertInRange(e);
    }
  }

  private static void assertInRange(QuerySyntaxException e) {
    assertTrue(e.column() >= 1 && e.column() <= e.query().length() + 1, () -> "column out of range: " + e.column());
    assertTrue(e.getMessage().indexOf('\n') < 0, () -> "message is not one line: " + e.getMessage());
  }
}
