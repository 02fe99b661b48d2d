package org.newsquote.search.internal;

import org.apache.lucene.search.SortField;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.Sort;

/** The Lucene sort of each search order. Stateless. */
public final class SortOrders {

  private SortOrders() {}

  /** The Lucene sort for {@code sort}; cursors ({@link Cursors}) encode its two values. */
  public static org.apache.lucene.search.Sort of(Sort sort) {
    // The unique key last, so equal scores or dates page stably and a cursor names one position.
    SortField uid = new SortField(IndexSchema.UID, SortField.Type.STRING);
    return switch (sort) {
      case RELEVANCE -> new org.apache.lucene.search.Sort(SortField.FIELD_SCORE, uid);
      case DATE_DESC -> {
        SortField d = new SortField(IndexSchema.DATE_SORT, SortField.Type.LONG, true);
        d.setMissingValue(Long.MIN_VALUE); // undated last
        yield new org.apache.lucene.search.Sort(d, uid);
      }
      case DATE_ASC -> {
        SortField d = new SortField(IndexSchema.DATE_SORT, SortField.Type.LONG, false);
        d.setMissingValue(Long.MAX_VALUE); // undated last
        yield new org.apache.lucene.search.Sort(d, uid);
      }
    };
  }
}
