package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Article;
import org.newsquote.testing.Testdata;

/**
 * Every article of testdata/expected.gold.json must come out of {@link Corpus} (read as {@code newsquote extract}
 * reads a directory) with its expected title, an accepted outlet and an accepted date, compared the way the shared
 * scorer compares them: lower-cased word sequences, dates cut to the day, {@code null} meaning "unknown is right".
 * The message lists every miss with the rule that decided the wrong value.
 */
class TestdataMetadataTest {
  @Test
  void everyArticleHasItsExpectedTitleOutletAndDate() throws IOException {
    List<JsonNode> expectations = Testdata.expected();
    Map<String, Article> byId = Testdata.articles();
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (JsonNode expected : expectations) {
      String id = expected.path("id").asText();
      checked++;
      Article a = byId.get(id);
      if (a == null) {
        misses.add(id + ": not read at all");
        continue;
      }
      if (!Testdata.words(a.title()).equals(Testdata.words(expected.path("title").asText()))) {
        misses.add(miss(a, "title", a.title(), List.of(expected.path("title").asText())));
      }
      List<String> outlets = accepted(expected.path("outlet_accepted"));
      if (!isAccepted(a.outlet(), outlets)) {
        misses.add(miss(a, "outlet", a.outlet(), outlets));
      }
      String date = a.date() == null ? null : cut(a.date().toIsoString());
      List<String> dates = accepted(expected.path("date_accepted"));
      if (!isAccepted(date, dates)) {
        misses.add(miss(a, "date", date, dates));
      }
    }
    assertEquals(21, checked, "articles in expected.gold.json");
    assertTrue(misses.isEmpty(), misses.size() + " metadata misses:\n" + String.join("\n", misses));
  }

  /** As the scorer: a null accepted value takes an unknown answer, any other takes the same words. */
  private static boolean isAccepted(String got, List<String> accepted) {
    boolean unknown = got == null || got.isEmpty();
    for (String a : accepted) {
      if (a == null ? unknown : !unknown && Testdata.words(a).equals(Testdata.words(got))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> accepted(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.isNull() ? null : v.asText()));
    return out;
  }

  private static String miss(Article a, String field, String got, List<String> accepted) {
    String rule = a.decidedBy().get(org.newsquote.model.ArticleField.valueOf(field.toUpperCase(Locale.ROOT)));
    return String.format(Locale.ROOT, "%s %s: got %s (rule %s), accepted %s", a.id(), field, got, rule, accepted);
  }

  private static String cut(String iso) {
    return iso.length() > 10 ? iso.substring(0, 10) : iso;
  }
}
