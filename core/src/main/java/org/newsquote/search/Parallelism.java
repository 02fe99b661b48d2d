package org.newsquote.search;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How one search may use several threads: the index, even a single segment, is cut into up to {@code parts} ranges of
 * documents searched at once, and the stored fields and snippets of a page of hits are read in as many groups. The
 * executor belongs to the caller (create it, size it, shut it down after closing the searcher): newsquote never starts
 * a thread of its own. The thread that calls a search works on the parts too, so {@code parts - 1} executor threads
 * are enough for {@code parts} cores; when the executor is busy, the calling thread does the remaining parts itself,
 * and a part the executor rejects (shut down, queue full) also runs on the calling thread.
 *
 * <p>The trade-off: a search returns sooner when cores are idle, but costs the same or more CPU in total (each part
 * repeats some per-segment setup, and the parts are merged at the end). A server already busy with one search per
 * core gains nothing and loses a little: use {@link NewsSearcher#open(java.nio.file.Path)} there. Results are the
 * same either way (hits, order, scores, cursors, exact totals, snippets, facets); a total that is only a lower bound
 * may differ, since where counting stops depends on the order the parts finish.
 *
 * <p>Immutable; thread-safe if the executor is.
 *
 * @param executor runs the parts other than the caller's; owned by the caller
 * @param parts how many ranges one search is cut into, at least 2 (the number of cores one search may use)
 * @param minDocsPerPart ranges are not made smaller than this many documents: below it, handing work to another
 *     thread costs more than it saves, so a small index is searched in one part
 */
public record Parallelism(Executor executor, int parts, int minDocsPerPart) {
  /**
   * Ranges smaller than this are not worth a thread: a term search over 50,000 documents takes well under a
   * millisecond, about what handing a task to a pool thread and waking it costs on a loaded machine.
   */
  public static final int DEFAULT_MIN_DOCS_PER_PART = 50_000;

  public Parallelism {
    Objects.requireNonNull(executor, "executor");
    if (parts < 2) {
      throw new IllegalArgumentException("parts must be >= 2, got " + parts);
    }
    if (minDocsPerPart < 1) {
      throw new IllegalArgumentException("minDocsPerPart must be >= 1, got " + minDocsPerPart);
    }
  }

  /** Up to {@code parts} parts on {@code executor}, none smaller than {@link #DEFAULT_MIN_DOCS_PER_PART}. */
  public Parallelism(Executor executor, int parts) {
    this(executor, parts, DEFAULT_MIN_DOCS_PER_PART);
  }
}
