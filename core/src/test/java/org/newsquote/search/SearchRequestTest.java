package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
  @Test
  void builderHasNamedDefaults() {
    SearchRequest r = SearchRequest.builder("nato").build();
    assertEquals(SearchRequest.DEFAULT_LIMIT, r.limit());
    assertEquals(0, r.offset());
    assertEquals(Sort.RELEVANCE, r.sort());
    assertEquals(SearchRequest.DEFAULT_SNIPPET_COUNT, r.snippetCount());
    assertEquals(SearchRequest.DEFAULT_SNIPPET_SIZE, r.snippetSize());
    assertEquals(SearchRequest.DEFAULT_TIMEOUT, r.timeout());
    assertEquals(r, r.toBuilder().build());
  }

  @Test
  void invalidSettingsAreRefusedWithTheValue() {
    assertMessage("limit must be >= 0, got -1", () -> SearchRequest.builder("").limit(-1).build());
    assertMessage("offset must be >= 0, got -2", () -> SearchRequest.builder("").offset(-2).build());
    assertMessage(
        "offset + limit must be <= 10000 (page deeper with a cursor), got 10001",
        () -> SearchRequest.builder("").offset(10_000).limit(1).build());
    assertMessage(
        "from must not be after to, got from=2022-02-02 to=2022-02-01",
        () -> SearchRequest.builder("").dateRange(LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 1)).build());
    assertMessage("snippetCount must be in [0, 20], got 21", () -> SearchRequest.builder("").snippets(21, 100).build());
    assertMessage("snippetSize must be in [20, 10000], got 5", () -> SearchRequest.builder("").snippets(1, 5).build());
    assertMessage("timeout must be positive, got PT0S", () -> SearchRequest.builder("").timeout(Duration.ZERO).build());
    assertThrows(IllegalArgumentException.class, () -> new Cursor("has space"));
  }

  @Test
  void blankFiltersMeanNone() {
    SearchRequest r = SearchRequest.builder("").outlet("  ").speaker("").build();
    assertNull(r.outlet());
    assertNull(r.speaker());
  }

  @Test
  void excerptOfALongQueryIsAWindowAroundTheColumn() {
    String q = "a ".repeat(100) + "speaker:" + " b".repeat(100);
    QuerySyntaxException e = new QuerySyntaxException(q, 209, "the field has no value", null);
    String[] lines = e.excerpt().split("\n");
    assertTrue(lines[0].startsWith("...") && lines[0].endsWith("..."), lines[0]);
    assertEquals(':', lines[0].charAt(lines[1].length() - 2));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable x) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, x).getMessage());
  }
}
