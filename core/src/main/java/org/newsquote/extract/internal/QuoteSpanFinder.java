package org.newsquote.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text inside double quotation marks: curly, straight, low-9 and guillemets. Immutable and
 * thread-safe; one pass over the text, no regular expressions.
 *
 * <p>Single marks are left alone: inside a double quotation they are nested quotes, elsewhere they are far more
 * often apostrophes. A quotation never spans a paragraph break, but a paragraph that opens with a mark while the
 * previous one was left open continues it (the newspaper convention for quotes running over paragraphs); an opening
 * mark at a sentence start inside an open quotation does the same within one paragraph.
 */
public final class QuoteSpanFinder {
  /** Quotations longer than this are mark errors, not speech. */
  public static final int MAX_QUOTE_CHARS = 4000;
  /** Single-mark quotations are short (headlines, nested words); longer pairs are apostrophes misread. */
  public static final int MAX_SINGLE_CHARS = 300;

  /** The quote spans of {@code text} in text order. */
  public List<QuoteSpan> find(CharSequence text, Paragraphs paragraphs) {
    List<QuoteSpan> out = new ArrayList<>();
    boolean carry = false; // the previous paragraph ended inside an open quotation
    for (int p = 0; p < paragraphs.count(); p++) {
      carry = scanParagraph(text, paragraphs.start(p), paragraphs.end(p), p, carry, out);
    }
    return out;
  }

  /** Returns whether the paragraph ends with a quotation still open. */
  private static boolean scanParagraph(
      CharSequence text, int from, int to, int paragraph, boolean carry, List<QuoteSpan> out) {
    int open = -1;
    int single = -1; // an open curly single quotation (headline style), only outside double ones
    boolean continues = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0 && c == '\u2018' && single < 0 && isOpener(text, i, from, to)) {
        single = i;
        continue;
      }
      if (single >= 0 && c == '\u2019' && i > single + 1 && !Words.isWhitespace(text.charAt(i - 1))
          && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        if (i - single <= MAX_SINGLE_CHARS) {
          add(out, text, single, i + 1, single + 1, i, paragraph, false, true);
        }
        single = -1;
        continue;
      }
      if (!isDoubleMark(c)) {
        continue;
      }
      single = -1;
      boolean opener = isOpener(text, i, from, to);
      boolean closer = isCloser(text, i, from, to);
      if (open < 0) {
        if (opener || !closer) {
          open = i;
          continues = carry && i == from;
        }
        // a stray closing mark outside any quotation: ignore it
      } else if (closer || (!opener && c != '\u201c' && c != '\u00ab' && c != '\u201e')
          || leftMarkClosing(text, i, open, to)) {
        add(out, text, open, i + 1, open + 1, i, paragraph, continues, true);
        open = -1;
        continues = false;
      } else if (opener && startsSentence(text, i, open)) {
        // re-opened without closing: the writer continues the same quotation in a new sentence
        add(out, text, open, trimEnd(text, open + 1, i), open + 1, trimEnd(text, open + 1, i), paragraph, continues,
            false);
        open = i;
        continues = true;
      }
    }
    if (open >= 0) {
      boolean nextOpens = true; // decided by the caller's next paragraph; an open quote is kept either way
      if (open == from || precededByIntroduction(text, open, from)) {
        add(out, text, open, to, open + 1, to, paragraph, continues, false);
        return nextOpens;
      }
      return false;
    }
    return false;
  }

  private static void add(
      List<QuoteSpan> out,
      CharSequence text,
      int start,
      int end,
      int contentStart,
      int contentEnd,
      int paragraph,
      boolean continues,
      boolean closed) {
    int cs = contentStart;
    int ce = contentEnd;
    while (cs < ce && Words.isWhitespace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && Words.isWhitespace(text.charAt(ce - 1))) {
      ce--;
    }
    if (ce <= cs || end - start > MAX_QUOTE_CHARS) {
      return;
    }
    out.add(new QuoteSpan(start, end, cs, ce, paragraph, continues, closed));
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb'
        || c == '\u201f' || c == '\u2033';
  }

  private static boolean isOpener(CharSequence text, int i, int from, int to) {
    char c = text.charAt(i);
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u201f') {
      return true;
    }
    char before = i > from ? text.charAt(i - 1) : ' ';
    if (c == '\u201d' || c == '\u00bb') {
      // a right mark misused as an opener: at a word start before a word, or anywhere at a paragraph's start (with
      // an ellipsis after it: ” … he delivered), where it has no quotation to close
      return (Words.isWhitespace(before) || isInvisible(before)) && i + 1 < to
          && Character.isLetter(text.charAt(i + 1)) || opensParagraph(text, i, from, to);
    }
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    return (Words.isWhitespace(before) || isInvisible(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0)
        && !Words.isWhitespace(after);
  }

  /**
   * Only spaces and invisible formatting characters (a left-to-right mark pasted from a social post) stand before
   * the mark in its paragraph, and words follow it.
   */
  private static boolean opensParagraph(CharSequence text, int i, int from, int to) {
    for (int j = from; j < i; j++) {
      if (!Words.isWhitespace(text.charAt(j)) && !isInvisible(text.charAt(j))) {
        return false;
      }
    }
    for (int j = i + 1; j < to; j++) {
      if (Character.isLetterOrDigit(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /** Formatting characters (bidirectional marks, zero-width spaces) that print nothing. */
  private static boolean isInvisible(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  private static boolean isCloser(CharSequence text, int i, int from, int to) {
    char c = text.charAt(i);
    if (c == '\u201d' || c == '\u00bb') {
      return !isOpener(text, i, from, to);
    }
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u201f') {
      return false;
    }
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    return !Words.isWhitespace(before)
        && (Words.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-'\u2019".indexOf(after) >= 0);
  }

  /**
   * A left mark glued to the end of the quoted words, with a space, punctuation or the paragraph's end after it
   * ({@code an “expedited review“ of}, {@code “It's unusual,“ said}): a typing slip for the closing mark, since an
   * opening mark stands before its words, never after them.
   */
  private static boolean leftMarkClosing(CharSequence text, int i, int open, int to) {
    if (text.charAt(i) != '\u201c' || i <= open + 1) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    return (Character.isLetterOrDigit(before) || ".,;:!?".indexOf(before) >= 0)
        && (Words.isWhitespace(after) || ".,;:!?)]".indexOf(after) >= 0);
  }

  /** An opening mark right after sentence-final punctuation (and a space) starts a new quoted sentence. */
  private static boolean startsSentence(CharSequence text, int i, int open) {
    int j = i - 1;
    while (j > open && Words.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
      j--;
    }
    if (j == i - 1 || j <= open) {
      return false;
    }
    char p = text.charAt(j);
    return p == '.' || p == '?' || p == '!';
  }

  /** An unclosed quotation opened after a colon or a cue's comma is still speech (the rest of the paragraph). */
  private static boolean precededByIntroduction(CharSequence text, int open, int from) {
    int j = open - 1;
    while (j >= from && Words.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j >= from && (text.charAt(j) == ':' || text.charAt(j) == ',');
  }

  private static int trimEnd(CharSequence text, int from, int end) {
    int e = end;
    while (e > from && Words.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
