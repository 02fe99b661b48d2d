package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/**
 * Fuzzes the three readers by writing the input bytes to a file of each kind and reading it through
 * {@link Corpus#read}: any bytes must give articles and problems, never an exception. Seeds are under
 * {@code CorpusFuzzTestInputs/<method>/}; RELIABILITY.md says how to fuzz longer.
 */
class CorpusFuzzTest {
  private static Path dir;

  @BeforeAll
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("newsquote-corpus-fuzz");
  }

  @AfterAll
  static void removeDir() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void readText(byte[] input) throws IOException {
    readAs("article.txt", input);
  }

  @FuzzTest(maxDuration = "2m")
  void readHtml(byte[] input) throws IOException {
    readAs("page.html", input);
  }

  @FuzzTest(maxDuration = "2m")
  void readJsonLines(byte[] input) throws IOException {
    readAs("feed.jsonl", input);
  }

  private static void readAs(String name, byte[] input) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, input);
    String idBase = name.substring(0, name.indexOf('.'));
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s = Corpus.read(new InputFile(file, name, idBase), CorpusOptions.defaults(), problems::add)) {
      articles = s.toList();
    }
    for (Article a : articles) {
      assertNotNull(a.text());
      assertFalse(a.id().isBlank());
      int end = a.sourceMap().toSource(a.text().length());
      assertTrue(end >= 0, () -> "source map points before the file: " + end);
    }
    for (IngestProblem p : problems) {
      assertFalse(p.reason().isBlank(), "a problem without a reason");
      assertTrue(p.reason().indexOf('\n') < 0, () -> "a reason of several lines: " + p.reason());
    }
  }
}
