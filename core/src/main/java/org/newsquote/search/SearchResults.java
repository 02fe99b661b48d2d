package org.newsquote.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hits.
 *
 * @param hits the hits of this page, in the requested order
 * @param totalHits how many documents matched: exact when {@code totalIsExact}, else a lower bound
 * @param totalIsExact whether {@code totalHits} is the exact count
 * @param next the cursor for the next page, empty when this page is the last
 * @param timedOut whether the search stopped at the request's time limit, so hits and counts are partial
 * @param <H> {@link ArticleHit} or {@link QuoteHit}
 */
public record SearchResults<H>(
    List<H> hits, long totalHits, boolean totalIsExact, Optional<Cursor> next, boolean timedOut) {
  public SearchResults {
    hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
    if (totalHits < 0) {
      throw new IllegalArgumentException("totalHits must be >= 0, got " + totalHits);
    }
    Objects.requireNonNull(next, "next");
  }
}
