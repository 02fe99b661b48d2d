package org.newsquote.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/** Helpers for tests that write their own input files. */
final class IngestFixtures {
  private IngestFixtures() {}

  static Path write(Path dir, String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static Path writeGzip(Path dir, String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** Articles and problems of a run. */
  record Run(List<Article> articles, List<IngestProblem> problems) {
    Article only() {
      if (articles.size() != 1) {
        throw new AssertionError("expected one article, got " + articles.size() + "; problems " + problems);
      }
      return articles.get(0);
    }
  }

  static Run read(Path root) {
    return read(List.of(root), CorpusOptions.defaults());
  }

  static Run read(List<Path> roots, CorpusOptions options) {
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> articles = Corpus.articles(roots, options, problems::add)) {
      return new Run(articles.toList(), problems);
    }
  }
}
