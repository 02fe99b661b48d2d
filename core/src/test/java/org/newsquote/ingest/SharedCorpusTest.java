package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.IngestProblem;

/** Reads the shared corpora when ../shared is present: counts, problems, and the seeds' metadata against gold. */
class SharedCorpusTest {
  private static final Path CORPUS = Path.of("../../shared/corpus");

  private static Path corpus(String name) {
    Path dir = CORPUS.resolve(name);
    assumeTrue(Files.isDirectory(dir), "shared corpus not present: " + dir);
    return dir;
  }

  @Test
  void readsEveryBbcArticleAndReportsOnlyTheFileWithInvalidBytes() {
    Path bbc = corpus("bbc");
    List<IngestProblem> problems = new ArrayList<>();
    // README.TXT is the data set's description, not an article (extensions are matched ignoring case).
    CorpusOptions options = new CorpusOptions(List.of(), List.of("README.TXT"), CorpusOptions.DEFAULT_MAX_RECORD_CHARS);
    List<Article> articles;
    try (Stream<Article> stream = Corpus.articles(List.of(bbc), options, problems::add)) {
      articles = stream.toList();
    }
    assertEquals(2225, articles.size());
    assertEquals(2225, articles.stream().map(Article::id).distinct().count());
    assertEquals(1, problems.size(), problems.toString());
    IngestProblem only = problems.get(0);
    assertEquals(IngestProblem.Severity.WARNING, only.severity());
    assertEquals(bbc.resolve("sport/199.txt").toString(), only.source().path(), "named as it can be opened");
    assertTrue(only.reason().contains("invalid UTF-8"), only.reason());
    Article first = articles.get(0);
    assertEquals("business/001", first.id());
    assertEquals("Ad sales boost Time Warner profit", first.title());
    assertTrue(first.text().startsWith("Quarterly profits at US media giant TimeWarner"), first.text());
    assertTrue(articles.stream().allMatch(a -> !a.title().isEmpty() && !a.text().isEmpty()));
    assertTrue(articles.stream().anyMatch(a -> a.id().equals("sport/199") && a.text().contains("\uFFFD")));
  }

  @Test
  void readsEveryReutersRecordWithoutProblems() {
    Path reuters = corpus("reuters21578");
    List<IngestProblem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> undated = new ArrayList<>();
    long timed;
    try (Stream<Article> stream = Corpus.articles(List.of(reuters), CorpusOptions.defaults(), problems::add)) {
      timed =
          stream
              .peek(a -> ids.add(a.id()))
              .peek(a -> assertEquals("Reuters", a.outlet(), a.id()))
              .peek(a -> assertTrue(!a.text().isEmpty() && !a.title().isEmpty(), a.id()))
              .peek(a -> { if (a.date() == null) undated.add(a.id()); })
              .filter(a -> a.date() != null && a.date().precision() == DateValue.Precision.TIME)
              .count();
    }
    assertEquals(List.of(), problems);
    assertEquals(19_043, ids.size());
    // One record has "date": null in the data itself; nothing in its text dates it, so it stays unknown.
    assertEquals(List.of("reuters-17192"), undated);
    assertEquals(19_042, timed);
  }

  @Test
  void seedsMatchGoldTitleOutletAndDate() throws Exception {
    Path seeds = corpus("seeds");
    Map<String, Map<String, Object>> gold;
    try (Stream<String> lines = Files.lines(seeds.resolve("gold.jsonl"))) {
      gold =
          lines
              .map(SharedCorpusTest::json)
              .collect(Collectors.toMap(g -> (String) g.get("id"), Function.identity()));
    }
    CorpusOptions options = new CorpusOptions(List.of("*.txt"), List.of(), CorpusOptions.DEFAULT_MAX_RECORD_CHARS);
    List<Article> articles;
    try (Stream<Article> stream = Corpus.articles(List.of(seeds), options, p -> {})) {
      articles = stream.toList();
    }
    assertEquals(5, articles.size());
    for (Article a : articles) {
      Map<String, Object> g = gold.get(a.id());
      assertEquals(g.get("title"), a.title(), a.id());
      assertTrue(((List<?>) g.get("outlet_accepted")).contains(a.outlet()), a.id() + " outlet " + a.outlet());
      String date = a.date() == null ? null : a.date().toIsoString().substring(0, 10);
      assertTrue(((List<?>) g.get("date_accepted")).contains(date), a.id() + " date " + date);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String line) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(line, Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
