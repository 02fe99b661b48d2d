package org.newsquote.search.internal;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * An {@link IndexSearcher} that cuts the index into about {@code parts} equal ranges of documents, splitting a segment
 * when it is larger than a range (Lucene 10's intra-segment concurrency). Lucene's own default gives a segment at most
 * one slice, so an index merged to one segment would be searched by one thread however many the executor has. Every
 * collector we search with goes through a collector manager whose per-leaf state is made anew for each range (the
 * top-k managers, {@link FacetCollector.Manager}), so a segment searched as two ranges is counted once. Thread-safe,
 * as any {@link IndexSearcher}.
 */
public final class PartitionedSearcher extends IndexSearcher {
  private final int parts;
  private final int minDocsPerPart;

  public PartitionedSearcher(IndexReader reader, Executor executor, int parts, int minDocsPerPart) {
    super(reader, executor);
    this.parts = parts;
    this.minDocsPerPart = minDocsPerPart;
  }

  /** Called once, lazily, by {@link #getSlices()}: after the constructor has set the fields. */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return slices(leaves, parts, minDocsPerPart);
  }

  /**
   * Slices of about {@code total / parts} documents each, never below {@code minDocsPerPart}: a segment larger than
   * that is cut into equal ranges (Lucene cuts one into at most five), smaller ones are grouped whole.
   */
  public static LeafSlice[] slices(List<LeafReaderContext> leaves, int parts, int minDocsPerPart) {
    long total = 0;
    for (LeafReaderContext leaf : leaves) {
      total += leaf.reader().maxDoc();
    }
    long perPart = Math.max(minDocsPerPart, Math.ceilDiv(total, parts));
    int maxDocsPerSlice = (int) Math.min(Integer.MAX_VALUE, Math.max(1, perPart));
    return IndexSearcher.slices(leaves, maxDocsPerSlice, Integer.MAX_VALUE, true);
  }
}
