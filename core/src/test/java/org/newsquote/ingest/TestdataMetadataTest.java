package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/**
 * Every article of testdata/expected.gold.json must come out of {@link Corpus} (read as {@code newsquote extract}
 * reads a directory) with its expected title, an accepted outlet and an accepted date, compared the way the shared
 * scorer compares them: lower-cased word sequences, dates cut to the day, {@code null} meaning "unknown is right".
 * The message lists every miss with the rule that decided the wrong value.
 */
class TestdataMetadataTest {
  private static final Path TESTDATA = Path.of("../testdata");
  /** As the scorer's {@code [\w'\u2019-]+}: Python's {@code \w} is Unicode-aware. */
  private static final Pattern WORD = Pattern.compile("[\\w'\u2019-]+", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void everyArticleHasItsExpectedTitleOutletAndDate() throws IOException {
    Path gold = TESTDATA.resolve("expected.gold.json");
    assumeTrue(Files.isRegularFile(gold), "testdata not present");
    Map<String, Article> byId = new LinkedHashMap<>();
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> articles = Corpus.articles(List.of(TESTDATA), CorpusOptions.defaults(), problems::add)) {
      articles.forEach(a -> byId.put(a.id(), a));
    }
    assertEquals(List.of(), problems);

    ObjectMapper json = new ObjectMapper();
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode expected = json.readTree(line);
      String id = expected.path("id").asText();
      checked++;
      Article a = byId.get(id);
      if (a == null) {
        misses.add(id + ": not read at all");
        continue;
      }
      if (!words(a.title()).equals(words(expected.path("title").asText()))) {
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
      if (a == null ? unknown : !unknown && words(a).equals(words(got))) {
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

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s == null ? "" : s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    return out;
  }
}
