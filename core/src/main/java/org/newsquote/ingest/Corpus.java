package org.newsquote.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsquote.ingest.internal.FileWalker;
import org.newsquote.ingest.internal.Formats;
import org.newsquote.ingest.internal.ReadContext;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/**
 * Reads articles from files and directories: plain text scraped from web pages, JSON Lines, and saved HTML, each
 * optionally gzipped. Problems with an input are passed to the caller's consumer and never stop the walk.
 *
 * <p>Streams are lazy (a corpus of millions never sits in memory) and must be closed. The class is stateless and
 * thread-safe; each returned stream is for one thread, but the articles it yields may be handed to others. The
 * overloads without an {@link OutletSignatures} use {@link OutletSignatures#standard()}.
 */
public final class Corpus {
  private Corpus() {}

  /**
   * The files under {@code roots}, in a deterministic order (depth first, entries sorted by name within each
   * directory, roots in order). A root that is a file is yielded whatever its name; under a directory only files of
   * a known format ({@code .txt}, {@code .jsonl}, {@code .ndjson}, {@code .html}, {@code .htm}, each optionally
   * {@code .gz}, extension case ignored) that pass the globs are.
   */
  public static Stream<InputFile> files(List<Path> roots, CorpusOptions options, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(problems, "problems");
    FileWalker walker = new FileWalker(roots, options, problems);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(walker, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The articles of one file, lazily; a JSON Lines file yields one per record. */
  public static Stream<Article> read(InputFile file, CorpusOptions options, Consumer<IngestProblem> problems) {
    return read(file, options, OutletSignatures.standard(), problems);
  }

  /** As {@link #read(InputFile, CorpusOptions, Consumer)}, naming outlets with {@code signatures}. */
  public static Stream<Article> read(
      InputFile file, CorpusOptions options, OutletSignatures signatures, Consumer<IngestProblem> problems) {
    ReadContext context = new ReadContext(options, signatures, problems);
    String name = file.path().getFileName() == null ? file.displayPath() : file.path().getFileName().toString();
    return Formats.forName(name)
        .map(format -> format.read(file, context))
        .orElseGet(
            () -> {
              context.error(file, 0, "is not a format newsquote reads (.txt, .jsonl, .ndjson, .html, .htm, or .gz of these); skipped");
              return Stream.empty();
            });
  }

  /** All articles under {@code roots}: {@link #files} then {@link #read} for each. */
  public static Stream<Article> articles(List<Path> roots, CorpusOptions options, Consumer<IngestProblem> problems) {
    return articles(roots, options, OutletSignatures.standard(), problems);
  }

  /** As {@link #articles(List, CorpusOptions, Consumer)}, naming outlets with {@code signatures}. */
  public static Stream<Article> articles(
      List<Path> roots, CorpusOptions options, OutletSignatures signatures, Consumer<IngestProblem> problems) {
    return files(roots, options, problems).flatMap(f -> read(f, options, signatures, problems));
  }
}
