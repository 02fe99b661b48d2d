package org.newsquote.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.newsquote.search.MatchSpan;
import org.newsquote.search.Snippet;

/**
 * Formats the highlighter's passages as {@link Snippet}s: the passage text, trimmed, with match offsets relative to
 * it. Overlapping or touching matches merge into one span. Stateless and thread-safe.
 */
public final class SpanFormatter extends PassageFormatter {

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      int start = p.getStartOffset();
      int end = Math.min(p.getEndOffset(), content.length());
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      if (start >= end) {
        continue;
      }
      List<MatchSpan> spans = new ArrayList<>();
      int n = p.getNumMatches();
      long[] matches = new long[n];
      for (int i = 0; i < n; i++) {
        // Sort by start, then end: pack both into one long.
        matches[i] = ((long) p.getMatchStarts()[i] << 32) | (p.getMatchEnds()[i] & 0xffffffffL);
      }
      java.util.Arrays.sort(matches);
      int curStart = -1;
      int curEnd = -1;
      for (long m : matches) {
        int s = Math.max((int) (m >>> 32), start) - start;
        int e = Math.min((int) m, end) - start;
        if (e <= s) {
          continue;
        }
        if (curStart >= 0 && s <= curEnd) {
          curEnd = Math.max(curEnd, e);
        } else {
          if (curStart >= 0) {
            spans.add(new MatchSpan(curStart, curEnd));
          }
          curStart = s;
          curEnd = e;
        }
      }
      if (curStart >= 0) {
        spans.add(new MatchSpan(curStart, curEnd));
      }
      out.add(new Snippet(content.substring(start, end), spans));
    }
    return out;
  }
}
