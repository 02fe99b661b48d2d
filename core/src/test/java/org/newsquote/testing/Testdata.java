package org.newsquote.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.newsquote.ingest.Corpus;
import org.newsquote.ingest.CorpusOptions;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/**
 * The project's own testdata/ and its expected.gold.json, read the way {@code newsquote extract} reads a directory,
 * and the shared scorer's word split, for the tests that hold the articles to their expected results.
 */
public final class Testdata {
  private Testdata() {}

  public static final Path ROOT = Path.of("../testdata");

  /** As the scorer's {@code [\w'\u2019-]+}: Python's {@code \w} is Unicode-aware. */
  public static final Pattern WORD = Pattern.compile("[\\w'\u2019-]+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The expected results, one record per article (skips the test when testdata/ is not there). */
  public static List<JsonNode> expected() throws IOException {
    Path gold = ROOT.resolve("expected.gold.json");
    assumeTrue(Files.isRegularFile(gold), "testdata not present");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(json.readTree(line));
      }
    }
    return records;
  }

  /** Every article of testdata/ by id, read with the default options; reading must report no problem. */
  public static Map<String, Article> articles() {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> read = Corpus.articles(List.of(ROOT), CorpusOptions.defaults(), problems::add)) {
      read.forEach(a -> byId.put(a.id(), a));
    }
    assertEquals(List.of(), problems);
    return byId;
  }

  /** The scorer's comparison form of a text: its words, lower-cased, curly apostrophes made straight. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s == null ? "" : s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    return out;
  }
}
