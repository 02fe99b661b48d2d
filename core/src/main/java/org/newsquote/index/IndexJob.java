package org.newsquote.index;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.newsquote.extract.QuoteExtractor;

/**
 * Brings an index up to date with a set of input files: the pipeline the CLI's {@code index} command and CI runs share.
 * Files new to the index are read, their quotes extracted and indexed; files whose content hash changed are replaced;
 * indexed files no longer among the inputs are deleted; unchanged files are skipped.
 *
 * <p>One thread walks the files and reads articles; a pool extracts quotes and writes each article on all cores (at
 * most a few articles per thread in flight, so memory stays bounded however large a file is). Writing on the pool
 * matters: Lucene inverts documents on the thread that adds them, and inversion costs more than extraction, so a
 * single writing thread would leave the other cores idle. Results are accounted for in input order, and the same
 * inputs always give the same search results. Work is committed in batches of whole files, with nothing in flight at
 * a commit: a file's hash reaches the index only together with all of its articles, so a run killed at any point
 * loses at most the current batch and a re-run finishes the job. (A single file larger than a batch, such as one big
 * JSON Lines export, is therefore one batch: the writer's RAM buffer still bounds memory, but a crash in it loses the
 * whole file's work.) A file with read errors is indexed with what could
 * be read, and read again (its errors reported again) on every run until it is fixed, so that a re-run never hides a
 * failure.
 *
 * <p>An instance runs one job at a time on the calling thread; it is not meant to be shared between threads.
 */
public final class IndexJob {

  private final Path indexDir;
  private final IndexJobOptions options;
  private final QuoteExtractor extractor;
  private final IndexProgressListener listener;

  /** A job with the standard extractor and no progress reports. */
  public IndexJob(Path indexDir, IndexJobOptions options) {
    this(indexDir, options, QuoteExtractor.standard(), IndexProgressListener.NONE);
  }

  public IndexJob(
      Path indexDir, IndexJobOptions options, QuoteExtractor extractor, IndexProgressListener listener) {
    this.indexDir = Objects.requireNonNull(indexDir, "indexDir");
    this.options = Objects.requireNonNull(options, "options");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Runs the job.
   *
   * @throws IndexException when the index cannot be opened or written (LOCKED when another indexer runs)
   * @throws UncheckedIOException wrapping a {@link java.nio.file.NoSuchFileException} when a root does not exist:
   *     indexing nothing there would delete everything indexed from it, which a typo must not do
   * @throws InterruptedException when the thread is interrupted; everything committed so far stays, and no file is
   *     left half indexed
   */
  public IndexSummary run() throws InterruptedException {
    for (Path root : options.roots()) {
      if (!Files.exists(root)) {
        throw new UncheckedIOException(new java.nio.file.NoSuchFileException(root.toString()));
      }
    }
    return new IndexRun(indexDir, options, extractor, listener).execute();
  }
}
