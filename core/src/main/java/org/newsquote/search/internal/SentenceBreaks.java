package org.newsquote.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass when the text is set and then looked up by binary search. A
 * sentence ends at {@code . ! ?} (or an ellipsis) followed, after any closing quotes or brackets, by white space, and
 * at every line break; the boundary is where the next sentence starts, after the white space, as with the JDK's
 * sentence instance. That instance answers {@code preceding} and {@code following} by re-running its rules from far
 * back, which was a quarter of a search's CPU time in the highlighter (profile in BENCHMARKS.md); news text needs no
 * more than these rules. Not thread-safe, as no {@link BreakIterator} is.
 */
public final class SentenceBreaks extends BreakIterator {
  private String text = "";
  private int begin;
  private int[] bounds = {0};
  private int count = 1;
  private int pos;

  @Override
  public int first() {
    pos = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    pos = count - 1;
    return bounds[pos];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (pos + 1 >= count) {
      return DONE;
    }
    return bounds[++pos];
  }

  @Override
  public int previous() {
    if (pos == 0) {
      return DONE;
    }
    return bounds[--pos];
  }

  @Override
  public int following(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset + 1);
    int at = i >= 0 ? i : -i - 1; // the first boundary > offset
    if (at >= count) {
      pos = count - 1;
      return DONE;
    }
    pos = at;
    return bounds[pos];
  }

  @Override
  public int preceding(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    int at = (i >= 0 ? i : -i - 1) - 1; // the last boundary < offset
    if (at < 0) {
      pos = 0;
      return DONE;
    }
    pos = at;
    return bounds[pos];
  }

  @Override
  public int current() {
    return bounds[pos];
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text, 0, text.length(), bounds[pos] - begin);
  }

  @Override
  public void setText(String newText) {
    set(newText, 0);
  }

  @Override
  public void setText(CharacterIterator it) {
    StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
      b.append(c);
    }
    set(b.toString(), it.getBeginIndex());
  }

  private void check(int offset) {
    if (offset < bounds[0] || offset > bounds[count - 1]) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }

  private void set(String s, int offset) {
    text = s;
    begin = offset;
    int[] b = new int[16];
    int n = 0;
    b[n++] = offset;
    int len = s.length();
    int i = 0;
    while (i < len) {
      char c = s.charAt(i);
      int end;
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        end = i + 1;
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        end = i + 1;
        while (end < len && isCloser(s.charAt(end))) {
          end++;
        }
        if (end < len && !Character.isWhitespace(s.charAt(end)) || c == '.' && abbreviation(s, end)) {
          i = end;
          continue;
        }
      } else {
        i++;
        continue;
      }
      while (end < len && Character.isWhitespace(s.charAt(end))) {
        end++;
      }
      if (end < len) {
        if (n == b.length) {
          b = Arrays.copyOf(b, n * 2);
        }
        b[n++] = offset + end;
      }
      i = Math.max(end, i + 1);
    }
    if (len > 0) {
      if (n == b.length) {
        b = Arrays.copyOf(b, n + 1);
      }
      b[n++] = offset + len;
    }
    bounds = b;
    count = n;
    pos = 0;
  }

  /**
   * Whether the full stop before {@code from} ends an abbreviation, not a sentence: on the same line, the next word
   * starts with a small letter or a digit ({@code broadcast on Nov. 7}, {@code U.S. officials}), as the JDK's
   * sentence instance also reads it. A snippet cut there stops mid-sentence.
   */
  private static boolean abbreviation(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i == from || i == s.length()) {
      return false;
    }
    char next = s.charAt(i);
    return Character.isLowerCase(next) || Character.isDigit(next);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
  }
}
