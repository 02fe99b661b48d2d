package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries meant to break the parser or exhaust the machine end quickly with a message or a bounded answer. */
class HostileQueryTest {
  @TempDir static Path dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() {
    Fixtures.writeIndex(dir);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  /** Runs the query in both searches and returns the syntax error, or null when it was answered. */
  private static QuerySyntaxException outcome(String query) {
    return assertTimeout(
        Duration.ofSeconds(10),
        () -> {
          QuerySyntaxException first = null;
          for (Target t : Target.values()) {
            try {
              SearchRequest r = SearchRequest.builder(query).limit(5).build();
              if (t == Target.ARTICLES) {
                searcher.search(r);
              } else {
                searcher.searchQuotes(r);
              }
              searcher.facets(r, t, 5);
            } catch (QuerySyntaxException e) {
              assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
              assertTrue(e.getMessage().startsWith("query error at column " + e.column() + ": "), e.getMessage());
              String[] lines = e.excerpt().split("\n");
              assertEquals(2, lines.length, e.excerpt());
              assertTrue(lines[1].endsWith("^"), e.excerpt());
              first = first == null ? e : first;
            }
          }
          return first;
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"will not attack'|1|never closed",
        "'nato \"will'|6|never closed",
        "'(nato OR kirby'|1|never closed",
        "'nato OR kirby)'|14|closes nothing",
        "'date:[2022 TO'|6|never closed",
        "'date:[2022 TO 2023)'|19|does not match",
        "'speaker:'|9|no value",
        "'nato AND'|9|needs something",
        "'nato\\'|5|backslash",
        "'\\'|1|backslash",
        "'date:[2022-13-45 TO x]'|7|not a date",
        "'date:2022-02-30'|6|calendar",
        "'date:[2023 TO 2022]'|7|after it ends",
        "'nato date:[2024-03 TO 2024-02-29]'|12|after it ends",
        "'date:yesterday'|6|not a date",
        "'date:2022*'|6|not a date",
        "'*nato'|1|cannot start",
        "'?ato'|1|cannot start",
        "'nosuch:field'|1|unknown field",
        "'id:politics/001'|12|regular expression",
        "'/unclosed'|1|regular expression",
      })
  void malformedQueriesFailWithTheColumn(String query, int column, String problem) {
    QuerySyntaxException e = outcome(query);
    assertNotNull(e, "expected a syntax error for " + query);
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertNotNull(e.hint());
  }

  @Test
  void aBadDateNamesTheDateFormsOnce() {
    QuerySyntaxException e = outcome("date:99999999999");
    assertNotNull(e);
    String all = e.getMessage() + " " + e.hint();
    assertEquals(1, all.split("2022-02-03", -1).length - 1, all);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'*'",
        "'nato\\\\'",
        "'\\\\\\\\'",
        "'a\\:b'",
        "'\\\"quoted\\\"'",
        "'C:\\\\Windows'",
        "'\"\"'",
        "'!!!'",
        "'nato~2'",
        "'n*'",
        "'\"nato\"~100000'",
        "'id:\"politics/001\"'",
        "'id:politics\\/001'",
      })
  void oddButValidQueriesAreAnswered(String query) {
    QuerySyntaxException e = outcome(query);
    if (e != null) {
      // Acceptable only as a clean message; record which ones the parser rejects.
      assertTrue(e.column() >= 1);
    }
  }

  @Test
  void loneStarMatchesEverything() {
    assertNull(outcome("*"));
    assertEquals(6, searcher.search(SearchRequest.builder("*").build()).totalHits());
  }

  @Test
  void pathologicalRegexIsBounded() {
    QuerySyntaxException e = outcome("/.{1,1000}.{1,1000}/");
    if (e != null) {
      assertTrue(e.getMessage().contains("too complex"), e.getMessage());
    }
    QuerySyntaxException e2 = outcome("/(a|aa)*b(.*){100}/");
    if (e2 != null) {
      assertTrue(e2.getMessage().contains("too complex"), e2.getMessage());
    }
  }

  @Test
  void twentyThousandOrClausesAreRefused() {
    String q = IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    QuerySyntaxException e = outcome(q);
    assertNotNull(e);
    assertTrue(e.getMessage().contains("too many terms"), e.getMessage());
    // Just under the term limit: parsed, then refused by Lucene's clause limit (three fields per word) or answered.
    String q2 = IntStream.range(0, 1000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    QuerySyntaxException e2 = outcome(q2);
    assertTrue(e2 == null || e2.getMessage().contains("too many terms"), String.valueOf(e2));
  }

  @Test
  void thousandsOfNestedParenthesesAreRefused() {
    String q = "(".repeat(2000) + "nato" + ")".repeat(2000);
    QuerySyntaxException e = outcome(q);
    assertNotNull(e);
    assertEquals(51, e.column());
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
  }

  @Test
  void overlongQueryIsRefusedByTheRequest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchRequest.builder("a".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)).build());
  }

  @Test
  void excerptPointsAtTheColumn() {
    QuerySyntaxException e = outcome("nato AND speaker:");
    assertEquals("nato AND speaker:\n                 ^", e.excerpt());
  }
}
