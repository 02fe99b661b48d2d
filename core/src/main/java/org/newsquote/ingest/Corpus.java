package org.newsquote.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/**
 * Reads articles from files and directories: plain text scraped from web pages, JSON Lines, and saved HTML, each
 * optionally gzipped. Problems with an input are passed to the caller's consumer and never stop the walk.
 *
 * <p>Streams are lazy (a corpus of millions never sits in memory) and must be closed. The class is stateless and
 * thread-safe; each returned stream is for one thread, but the articles it yields may be handed to others.
 */
public final class Corpus {
  private Corpus() {}

  /** The files under {@code roots}, in a deterministic order (sorted by path within each root, roots in order). */
  public static Stream<InputFile> files(List<Path> roots, CorpusOptions options, Consumer<IngestProblem> problems) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The articles of one file, lazily; a JSON Lines file yields one per record. */
  public static Stream<Article> read(InputFile file, CorpusOptions options, Consumer<IngestProblem> problems) {
    throw new UnsupportedOperationException("not yet");
  }

  /** All articles under {@code roots}: {@link #files} then {@link #read} for each. */
  public static Stream<Article> articles(List<Path> roots, CorpusOptions options, Consumer<IngestProblem> problems) {
    return files(roots, options, problems).flatMap(f -> read(f, options, problems));
  }
}
