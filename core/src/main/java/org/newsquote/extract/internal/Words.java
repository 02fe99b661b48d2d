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
      "sr", "u.s", "u.k", "u.n", "adm", "maj", "messrs", "d.c", "ft", "mt"));

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
      if (DOTTED.contains(w) || (j - i == 1 && Character.isUpperCase(t.charAt(i)))) {
        j++;
      }
    }
    return j;
  }

  /** Start of the word ending at {@code end} (exclusive), scanning no further back than {@code limit}. */
  public static int wordStart(CharSequence t, int end, int limit) {
    int j = end;
    if (j > limit && t.charAt(j - 1) == '.') {
      j--; // a title abbreviation's full stop
    }
    while (j > limit && (isWordChar(t.charAt(j - 1)) || (t.charAt(j - 1) == '.' && j - 2 >= limit
        && Character.isUpperCase(t.charAt(j - 2)) && j < end && Character.isLetter(t.charAt(j))))) {
      j--;
    }
    return j;
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

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\t' || c == '\u2009' || c == '\u202f';
  }

  public static boolean isCapitalised(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && false);
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
}
