package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.testing.SampleArticles;

/**
 * Queries written to break the parser or the engine: each must end quickly with a {@link QuerySyntaxException} that
 * names a column, or with a bounded answer; never a hang, an OutOfMemoryError or another exception. The timeout is a
 * hang guard only, far above the time any of these takes.
 */
class HostileQueryBoundsTest {
  /** A guard against hangs, not a speed target. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  @TempDir static Path dir;
  private static NewsSearcher searcher;

  @BeforeAll
  static void smallIndex() {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      for (var article : SampleArticles.some()) {
        writer.put(article, article.article().id() + ".txt", "hash-" + article.article().id());
      }
      writer.commit();
    }
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() {
    if (searcher != null) {
      searcher.close();
    }
  }

  /** Queries that must be refused: there is no sensible reading of them. */
  static Stream<Arguments> mustBeRefused() {
    return Stream.of(
        Arguments.of("unclosed quotation mark", "quote:\"we will not"),
        Arguments.of("unclosed bracket", "(nato AND (expansion OR drills)"),
        Arguments.of("unclosed range", "date:[2022-01 TO"),
        Arguments.of("month 13 and day 45", "date:[2022-13-45 TO x]"),
        Arguments.of("a date that is no date", "date:yesterday-ish"),
        Arguments.of("field without a value", "speaker:"),
        Arguments.of("field without a value, then more", "speaker: AND nato"),
        Arguments.of("lone closing bracket", "nato)"),
        Arguments.of("date range reversed", "date:[2025 TO 2020]"),
        // Each of these took Lucene minutes (nested counted repeats) or seconds (parsing 20,000 clauses, building 500
        // Levenshtein automata) before it could fail; QueryBudget and RegexCost refuse them before parsing.
        Arguments.of("nested counted repeats", "quote:/((a|b){1,500}){1,500}c/"),
        // Found by fuzzing: under Lucene's determinize limit, yet 10 s a search.
        Arguments.of("wide repeat then literals", "/.{1,1000}.x2SSSSSSSSSSSSSSSSSSSS,1000}/"),
        Arguments.of("500 fuzzy terms", IntStream.range(0, 500).mapToObj(i -> "word" + i + "~2")
            .collect(Collectors.joining(" "))),
        Arguments.of("20,000 OR clauses", IntStream.range(0, 20_000).mapToObj(i -> "w" + i)
            .collect(Collectors.joining(" OR "))));
  }

  /** Queries that may be answered (boundedly) or refused, as the parser sees fit, but must end either way. */
  static Stream<Arguments> mustEnd() {
    return Stream.of(
        Arguments.of("lone star", "*"),
        Arguments.of("star in a field", "speaker:*"),
        Arguments.of("leading wildcard", "*tion"),
        Arguments.of("leading wildcards in fields", "quote:*a* AND title:?ato"),
        Arguments.of("huge regex", "/.{1,1000}.{1,1000}/"),
        Arguments.of("150,000 braces in a regex", "/" + "{".repeat(150_000) + "/"),
        Arguments.of("2,000 nested parentheses", "(".repeat(2_000) + "nato" + ")".repeat(2_000)),
        Arguments.of("2,000 unclosed parentheses", "(".repeat(2_000) + "nato"),
        Arguments.of("backslash at the end", "nato\\"),
        Arguments.of("backslashes", "\\\\\\ \\\" \\: \\* speaker:\\"),
        Arguments.of("only operators", "AND OR NOT"),
        Arguments.of("field names only", "speaker: quote: title: date:"),
        Arguments.of("unknown field", "nosuchfield:nato"),
        Arguments.of("huge proximity", "\"nato expansion\"~2147483647"),
        Arguments.of("huge fuzzy distance", "nato~99999"),
        Arguments.of("boost overflow", "nato^999999999999999999999"),
        Arguments.of("control characters", "nato\u0000\u0007\u001b[31m"),
        Arguments.of("empty", ""),
        Arguments.of("blank", "   \t "),
        Arguments.of("lone surrogate", "nato \ud800 \udfff"),
        Arguments.of("long term", "x".repeat(100_000)),
        Arguments.of("date far outside", "date:[0000-01-01 TO 99999-12-31]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustBeRefused")
  void refusedWithAColumn(String why, String query) {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      QuerySyntaxException e = refusal(query);
      if (e == null) {
        fail("accepted " + why + ": " + abbreviate(query));
      }
      assertReadable(e);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustEnd")
  void endsWithAnAnswerOrAClearError(String why, String query) {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      QuerySyntaxException e = refusal(query);
      if (e != null) {
        assertReadable(e);
      }
    });
  }

  /** Runs the query every way the searcher offers; null when all of them answered, else the refusal. */
  private static QuerySyntaxException refusal(String query) {
    SearchRequest request;
    try {
      request = SearchRequest.builder(query).limit(5).build();
    } catch (QuerySyntaxException e) {
      return e;
    } catch (IllegalArgumentException e) {
      // The request itself refused the text (blank or too long): a clear error, raised before any parsing.
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an IllegalArgumentException without a message");
      return null;
    }
    try {
      SearchResults<ArticleHit> articles = searcher.search(request);
      assertTrue(articles.hits().size() <= 5, "more hits than the limit");
      SearchResults<QuoteHit> quotes = searcher.searchQuotes(request);
      assertTrue(quotes.hits().size() <= 5, "more quote hits than the limit");
      searcher.count(request, Target.ARTICLES);
      searcher.facets(request, 5);
      return null;
    } catch (QuerySyntaxException e) {
      return e;
    }
  }

  private static void assertReadable(QuerySyntaxException e) {
    assertTrue(e.column() >= 1 && e.column() <= e.query().length() + 1, "column out of range: " + e.column());
    assertFalse(e.getMessage().contains("\n"), "message is not one line: " + e.getMessage());
    assertTrue(e.getMessage().length() < 300, "message too long: " + abbreviate(e.getMessage()));
    // Lucene's own wording ("Cannot parse", "Encountered") and class names are not for users.
    assertFalse(e.getMessage().matches("(?s).*(org\\.apache|Exception|Encountered \").*"),
        "message leaks internals: " + e.getMessage());
    List<String> excerpt = e.excerpt().lines().toList();
    assertTrue(excerpt.size() == 2 && excerpt.get(1).endsWith("^"), "excerpt is not query + caret: " + e.excerpt());
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
