package org.newsquote.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence bounds around a position, found lazily by scanning outward; quotation interiors are skipped so a full
 * stop inside a quote does not end the sentence that carries it. Immutable and thread-safe.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of(
      "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "hon",
      "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "co",
      "jr", "sr", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "ft", "mt", "ave", "adm", "maj", "cmdr",
      "fig", "approx", "dept", "est", "govt", "messrs", "mass", "calif", "fla", "wash", "ore", "pa", "va", "ga",
      "ill", "mich", "wis", "minn", "tenn", "ky", "ariz", "colo", "conn", "okla", "ala", "ark", "kan", "nev", "del"));

  private final CharSequence text;
  private final Paragraphs paragraphs;
  private final List<QuoteSpan> spans;

  public Sentences(CharSequence text, Paragraphs paragraphs, List<QuoteSpan> spans) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.spans = spans;
  }

  /** Start of the sentence that holds {@code pos} (never before its paragraph). */
  public int startOf(int pos) {
    int p = paragraphs.indexOf(pos);
    int from = paragraphs.start(p);
    int to = paragraphs.end(p);
    int i = Math.min(pos, text.length()) - 1;
    while (i >= from) {
      QuoteSpan s = spanEndingAt(i + 1);
      if (s != null && s.start() >= from && s.start() < i) {
        // the sentence may end right at a closing mark (“… done.” Next) but not inside the quotation
        if (i + 1 < pos && endsSentenceAfterQuote(s, i + 1, to)) {
          return skipSpace(i + 1, pos);
        }
        i = s.start() - 1;
        continue;
      }
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && isBoundary(i, to)) {
        return skipSpace(i + 1, pos);
      }
      i--;
    }
    int dateline = datelineEnd(from, to);
    return dateline > 0 && pos >= dateline ? dateline : from;
  }

  /** Longest dateline before its dash, in chars: {@code MANCHESTER, N.H., Aug. 25 (UPI) — }. */
  private static final int MAX_DATELINE = 60;

  /**
   * {@code PHILADELPHIA, July 25 (UPI) — The committee released …}: a paragraph that opens with a place in capitals
   * and a dash carries a dateline, no part of the first sentence's subject; where the sentence starts after it, or -1.
   */
  private int datelineEnd(int from, int to) {
    int e = from;
    while (e < to && Character.isLetter(text.charAt(e)) && Character.isUpperCase(text.charAt(e))) {
      e++;
    }
    if (e - from < 3 || e < to && Character.isLetter(text.charAt(e))) {
      return -1; // not a word in capitals
    }
    for (int i = e; i < Math.min(to, from + MAX_DATELINE); i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || c == '"' || c == '\n') {
        return -1;
      }
      if ((c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < to && text.charAt(i + 1) == '-') && i > from
          && text.charAt(i - 1) == ' ') {
        int j = c == '-' ? i + 2 : i + 1;
        return j < to && text.charAt(j) == ' ' ? skipSpace(j, to) : -1;
      }
    }
    return -1;
  }

  /** End of the sentence that holds {@code pos} (just after its final punctuation, or the paragraph end). */
  public int endOf(int pos) {
    int p = paragraphs.indexOf(pos);
    int to = paragraphs.end(p);
    int i = pos;
    while (i < to) {
      QuoteSpan s = spanStartingAt(i);
      if (s != null) {
        if (s.end() <= i) {
          i++;
          continue;
        }
        i = s.end();
        if (endsSentenceAfterQuote(s, i, to)) {
          return i;
        }
        continue;
      }
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && isBoundary(i, to)) {
        return i + 1;
      }
      i++;
    }
    return to;
  }

  private boolean endsSentenceAfterQuote(QuoteSpan s, int after, int limit) {
    int last = s.contentEnd() - 1;
    while (last > s.contentStart() && "'\u2019\u201d\")".indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    char c = text.charAt(last);
    if (c != '.' && c != '?' && c != '!') {
      return false;
    }
    int j = after;
    while (j < limit && Words.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < limit && j > after && startsNew(text.charAt(j));
  }

  /** A full stop at {@code i} ends a sentence when followed by space and a capital, not after an abbreviation. */
  private boolean isBoundary(int i, int limit) {
    int j = i + 1;
    while (j < limit && "\"'\u2019)".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= limit || text.charAt(j) != ' ' && text.charAt(j) != '\u00a0') {
      return j >= limit;
    }
    while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
      j++;
    }
    if (j >= limit || !startsNew(text.charAt(j))) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.subSequence(w, i).toString().toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w)) || Words.isInitials(text, w, i)) {
      return false; // an initial: John F. Kennedy, G.K. Butterfield
    }
    return !ABBREVIATIONS.contains(word);
  }

  private static boolean startsNew(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || QuoteSpanFinder.isDoubleMark(c) || c == '\u2018'
        || c == '(' || c == '\'';
  }

  private int skipSpace(int i, int limit) {
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private QuoteSpan spanEndingAt(int end) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteSpan s = spans.get(mid);
      if (s.end() < end) {
        lo = mid + 1;
      } else if (s.end() > end) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return null;
  }

  private QuoteSpan spanStartingAt(int start) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteSpan s = spans.get(mid);
      if (s.start() < start) {
        lo = mid + 1;
      } else if (s.start() > start) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
