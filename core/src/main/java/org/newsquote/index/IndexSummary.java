package org.newsquote.index;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.newsquote.model.IngestProblem;

/**
 * What an {@link IndexJob} did. Counts of files, except {@code articles} and {@code quotes}. Immutable.
 *
 * @param read input files found
 * @param added files new to the index, now indexed (a new file that yielded no article is counted only in {@code
 *     read}, with its failures if any)
 * @param updated files whose content changed, re-indexed
 * @param deleted files in the index that are no longer among the inputs, removed
 * @param unchanged files whose content hash matched the index, skipped
 * @param articles articles indexed by this run
 * @param quotes quotes indexed by this run
 * @param failures inputs, records or articles that were skipped or lost something, one problem each
 * @param warnings inputs read with a repair the user should know of
 * @param elapsed wall-clock time of the run
 */
public record IndexSummary(
    int read,
    int added,
    int updated,
    int deleted,
    int unchanged,
    long articles,
    long quotes,
    List<IngestProblem> failures,
    List<IngestProblem> warnings,
    Duration elapsed) {

  public IndexSummary {
    for (long n : new long[] {read, added, updated, deleted, unchanged, articles, quotes}) {
      if (n < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + n);
      }
    }
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The number of failures. */
  public int failed() {
    return failures.size();
  }

  /** The elapsed time in seconds. */
  public double seconds() {
    return elapsed.toNanos() / 1e9;
  }
}
