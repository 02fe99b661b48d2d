package org.newsquote.extract.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Word scanning without regular expressions: the next or previous word around an offset, and word classes. Static
 * and thread-safe.
 */
public final class Words {
  /** Title abbreviations that keep their full stop as part of the word. */
  private static final Set<String> DOTTED = Set.copyOf(java.util.List.of(
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "st", "jr",
      "sr", "u.s", "u.k", "u.n", "adm", "maj", "messrs", "d.c", "ft", "mt", "del", "supt", "insp", "cmdr"));

  private Words() {}

  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
  }

  /** End of the word starting at {@code i} (a title abbreviation keeps its full stop; U.S. stays whole). */
  public static int wordEnd(CharSequence t, int i, int limit) {
    int j = i;
    while (j < limit) {
      char c = t.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if (c == '.' && j + 1 < limit && Character.isLetter(t.charAt(j + 1)) && j > i && j - i <= 3
          && Character.isUpperCase(t.charAt(j - 1))) {
        j++; // U.S, D.C
      } else if (innerAmpersand(t, j, i, limit)) {
        j++; // AT&T, P&G: one name
      } else {
        break;
      }
    }
    while (j > i && (t.charAt(j - 1) == '-' || t.charAt(j - 1) == '\'' || t.charAt(j - 1) == '\u2019')
        && !(j - 2 >= i && (t.charAt(j - 2) == 's') && t.charAt(j - 1) != '-')) {
      j--;
    }
    if (j < limit && t.charAt(j) == '.' && j > i) {
      String w = t.subSequence(i, j).toString().toLowerCase(Locale.ROOT);
      if (DOTTED.contains(w) || (j - i == 1 && Character.isUpperCase(t.charAt(i))) || isInitials(t, i, j)) {
        j++;
      }
    }
    return j;
  }

  /** An ampersand at {@code k} between two capital letters inside [from, to), as in AT&T or P&G. */
  private static boolean innerAmpersand(CharSequence t, int k, int from, int to) {
    return k > from && k + 1 < to && t.charAt(k) == '&' && Character.isUpperCase(t.charAt(k - 1))
        && Character.isUpperCase(t.charAt(k + 1));
  }

  /** Whether [from, to) is dotted capital initials ({@code G.K}, {@code J.R.R}) whose last full stop follows. */
  public static boolean isInitials(CharSequence t, int from, int to) {
    if (to - from < 3 || (to - from) % 2 == 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if ((k - from) % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Start of the word ending at {@code end} (exclusive), scanning no further back than {@code limit}. */
  public static int wordStart(CharSequence t, int end, int limit) {
    int j = end;
    if (j > limit && t.charAt(j - 1) == '.') {
      j--; // a title abbreviation's full stop
    }
    while (j > limit && (isWordChar(t.charAt(j - 1)) || (t.charAt(j - 1) == '.' && j - 2 >= limit
        && Character.isUpperCase(t.charAt(j - 2)) && j < end && Character.isLetter(t.charAt(j)))
        || innerAmpersand(t, j - 1, limit, end))) {
      j--;
    }
    return j;
  }

  /** End (exclusive) of the nearest word before {@code i}: skips back over anything that is not a word character. */
  public static int previousWordEnd(CharSequence t, int i, int limit) {
    while (i > limit && !isWordChar(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  public static int skipSpaces(CharSequence t, int i, int limit) {
    while (i < limit && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  public static int skipSpacesBack(CharSequence t, int i, int limit) {
    while (i > limit && isSpace(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** A space within a line: plain, no-break, thin or tab; never a line break. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\t' || c == '\u2009' || c == '\u202f';
  }

  /**
   * Any white space, line breaks and the no-break space included: news pages set a no-break space before a mark as
   * often as a plain one ({@code he said on\u00a0“Meet the Press.”}), and Java's whitespace test leaves it out.
   */
  public static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The word lower-cased, curly apostrophe made straight and a final full stop dropped. */
  public static String norm(String w) {
    String s = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Without a possessive ending. */
  public static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s'") || w.endsWith("s\u2019")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  public static boolean isPossessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  /** Longest appositive between commas ({@code , a Republican tax consultant,}), in chars. */
  private static final int MAX_APPOSITIVE = 160;

  /**
   * The comma that opens the appositive closed by the comma at {@code comma}, or -1 when a sentence end, quotation
   * mark or paragraph break comes first or it is too far.
   */
  public static int appositiveOpen(CharSequence t, int comma, int limit) {
    int stop = Math.max(limit, comma - MAX_APPOSITIVE);
    for (int i = comma - 1; i >= stop; i--) {
      char ch = t.charAt(i);
      if (ch == ',' && !inNumber(t, i)) {
        return opensAppositive(t, i, comma) ? i : -1;
      }
      if (breaksAppositive(t, i, ch)) {
        return -1;
      }
    }
    return -1;
  }

  /** Words that open an appositive after a name: a role, an age, a party, a relative clause. */
  private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "who", "which",
      "whose", "one", "another", "now", "then", "at", "in", "on", "speaking", "himself", "herself");

  /** Whether the words after the comma at {@code open} read as an appositive rather than a clause (, bringing). */
  public static boolean opensAppositive(CharSequence t, int open, int limit) {
    int i = skipSpaces(t, open + 1, limit);
    if (i >= limit) {
      return false;
    }
    char c = t.charAt(i);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    int e = wordEnd(t, i, limit);
    String w = norm(t.subSequence(i, e).toString());
    return APPOSITIVE_OPENERS.contains(w) || SpeakerWords.ROLE_NOUNS.contains(w) || SpeakerWords.MODIFIERS.contains(w);
  }

  private static boolean inNumber(CharSequence t, int i) {
    return i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
  }

  /** The comma that closes the appositive opened by the comma at {@code comma}, or -1. */
  public static int appositiveClose(CharSequence t, int comma, int limit) {
    int stop = Math.min(limit, comma + MAX_APPOSITIVE);
    if (!opensAppositive(t, comma, stop)) {
      return -1;
    }
    for (int i = comma + 1; i < stop; i++) {
      char ch = t.charAt(i);
      if (ch == ',' && !inNumber(t, i)) {
        return i;
      }
      if (breaksAppositive(t, i, ch)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean breaksAppositive(CharSequence t, int i, char ch) {
    if (ch == '\n' || ch == ';' || ch == ':' || ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u00ab'
        || ch == '\u00bb' || ch == '\u2018') {
      return true;
    }
    // a full stop followed by a space and a capital ends the sentence; R-Ky., and Jr. inside are fine
    return ch == '.' && i + 2 < t.length() && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
        && i > 0 && Character.isLowerCase(t.charAt(i - 1)) && i > 1 && Character.isLowerCase(t.charAt(i - 2));
  }
}
