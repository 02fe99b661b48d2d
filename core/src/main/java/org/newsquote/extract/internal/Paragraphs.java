package org.newsquote.extract.internal;

import java.util.Arrays;

/**
 * The paragraphs of a text: every run of line breaks ends one. Immutable and thread-safe.
 *
 * <p>Scraped pages and BBC files put one paragraph a line, PolNeAR separates them with a blank line; treating each
 * line as a paragraph serves both.
 */
public final class Paragraphs {
  private final int[] starts;
  private final int[] ends;

  private Paragraphs(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** Splits {@code text} into paragraphs (blank lines produce none). */
  public static Paragraphs of(CharSequence text) {
    int n = text.length();
    int[] s = new int[16];
    int[] e = new int[16];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && isBreak(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isBreak(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        if (count == s.length) {
          s = Arrays.copyOf(s, count * 2);
          e = Arrays.copyOf(e, count * 2);
        }
        s[count] = start;
        e[count] = end;
        count++;
      }
    }
    return new Paragraphs(Arrays.copyOf(s, count), Arrays.copyOf(e, count));
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2029';
  }

  public int count() {
    return starts.length;
  }

  public int start(int paragraph) {
    return starts[paragraph];
  }

  public int end(int paragraph) {
    return ends[paragraph];
  }

  /** The index of the paragraph holding {@code offset}, or of the last one starting before it. */
  public int indexOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }
}
