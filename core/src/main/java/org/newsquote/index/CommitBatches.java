package org.newsquote.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The commit batching of an {@link IndexRun}: says when about {@code commitEvery} articles have been sent since the
 * last commit (the run then commits at the end of the file, with nothing in flight), and commits with the writer's
 * buffers flushed on the pool's threads. Used by the run's thread only.
 */
final class CommitBatches {
  private final NewsIndexWriter writer;
  private final ExecutorService pool;
  private final int threads;
  private final int commitEvery;
  private int sinceCommit;

  CommitBatches(NewsIndexWriter writer, ExecutorService pool, int threads, int commitEvery) {
    this.writer = writer;
    this.pool = pool;
    this.threads = threads;
    this.commitEvery = commitEvery;
  }

  /** One more article sent to be written. */
  void sent() {
    sinceCommit++;
  }

  /** Whether a batch is full: the run commits once the current file is written. */
  boolean due() {
    return sinceCommit >= commitEvery;
  }

  /**
   * Commits with nothing in flight. Lucene flushes the buffered segments of a commit on the committing thread, one
   * after the other: for a corpus that fits in the RAM buffer that was a third of the run on one core. So the pool's
   * threads flush them side by side first, and the commit writes only what is left.
   */
  void commit() throws InterruptedException {
    List<Future<?>> flushes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      flushes.add(pool.submit(() -> {
        while (writer.flushNextBuffer()) {
          // each call flushes one buffered segment, none when all are flushed
        }
      }));
    }
    for (Future<?> f : flushes) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw IndexRun.unchecked(e);
      }
    }
    writer.commit();
    sinceCommit = 0;
  }
}
