package org.newsquote.search;

/**
 * Where a query matched inside a {@link Snippet}'s text: UTF-16 offsets, {@code end} exclusive. A matched phrase is
 * one span.
 */
public record MatchSpan(int start, int end) {
  public MatchSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("need 0 <= start < end, got start=" + start + " end=" + end);
    }
  }
}
