package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.SourceRef;

/**
 * Phrase counts on real newswire text: the index must find exactly the articles whose title or text holds the
 * phrase as consecutive words, case ignored. Words are runs of letters and digits, and anything else between them
 * separates them, with the two exceptions the analyzer makes on purpose: as Unicode's word rules say, a colon, full
 * stop or apostrophe between two letters joins them ({@code NOTE:Per share} in reuters-11528 has no word "per"), and
 * a possessive {@code 's} is dropped ({@code Bank of Japan's} contains "bank of japan").
 */
class ReutersCrossCheckTest {
  private static final List<String> PHRASES =
      List.of(
          "oil prices",
          "interest rates",
          "trade deficit",
          "stock exchange",
          "federal reserve",
          "net loss",
          "money supply",
          "crude oil",
          "per share",
          "west germany",
          "bank of japan",
          "said in a statement");

  @TempDir Path dir;

  private static Path corpus() {
    return Stream.of("../shared", "../../shared", "/work/shared")
        .map(p -> Path.of(p, "corpus/reuters21578/articles.jsonl"))
        .filter(Files::isRegularFile)
        .findFirst()
        .orElse(null);
  }

  @Test
  void phraseCountsEqualALiteralScan() throws Exception {
    Path jsonl = corpus();
    assumeTrue(jsonl != null, "Reuters corpus not present");
    ObjectMapper json = new ObjectMapper();
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (String p : PHRASES) {
      String separator = "(?![.:'\u2019]\\p{L})[^\\p{L}\\p{N}]+";
      String words = String.join(separator, List.of(p.split(" ")).stream().map(Pattern::quote).toList());
      String before = "(?<![\\p{L}\\p{N}])(?<!\\p{L}[.:'\u2019])";
      String after = "(?=['\u2019]s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}])(?![.:'\u2019]\\p{L}))";
      patterns.put(p, Pattern.compile(before + words + after, Pattern.CASE_INSENSITIVE));
    }
    Map<String, Long> literal = new LinkedHashMap<>();
    PHRASES.forEach(p -> literal.put(p, 0L));
    int n = 0;
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults());
        BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode o = json.readTree(line);
        String id = o.path("id").asText();
        String title = o.path("title").asText("");
        String text = o.path("text").asText("");
        String date = o.path("date").asText("");
        DateValue d = date.isEmpty() ? null : DateValue.parseIso(date.replace("Z", ""));
        Article a =
            new Article(id, new SourceRef("articles.jsonl", ++n), o.path("outlet").asText(null), d, title, text, null,
                Map.of(), Map.of(), null);
        w.put(new ExtractedArticle(a, List.of()), "articles.jsonl", "h");
        for (var e : patterns.entrySet()) {
          if (e.getValue().matcher(title).find() || e.getValue().matcher(text).find()) {
            literal.merge(e.getKey(), 1L, Long::sum);
          }
        }
      }
    }
    assertTrue(n > 10_000, "read " + n + " articles");
    List<String> report = new ArrayList<>();
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(n, s.info().articles());
      for (String p : PHRASES) {
        long indexed = s.count(SearchRequest.builder("\"" + p + "\"").build(), Target.ARTICLES);
        long titleOrBody =
            s.count(SearchRequest.builder("title:\"" + p + "\" OR body:\"" + p + "\"").build(), Target.ARTICLES);
        assertEquals(indexed, titleOrBody, p);
        report.add(String.format(Locale.ROOT, "%-22s index %5d literal %5d", p, indexed, literal.get(p)));
        assertTrue(literal.get(p) > 0, "phrase occurs: " + p);
      }
      System.out.println(String.join("\n", report));
      for (String p : PHRASES) {
        long indexed = s.count(SearchRequest.builder("\"" + p + "\"").build(), Target.ARTICLES);
        assertEquals(literal.get(p), indexed, p + "\n" + String.join("\n", report));
      }
    }
  }
}
