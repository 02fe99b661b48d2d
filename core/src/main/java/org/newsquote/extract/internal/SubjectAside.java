package org.newsquote.extract.internal;

import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * A named subject opening its clause, then one long aside set off by commas, then the verb: {@code Anne Richards,
 * assistant secretary of state for population, refugees, and migration, said}, {@code Cory James, 22, of Flint,
 * Mich., said}, {@code Marty West, an education professor at Harvard who worked for Sen. Lamar Alexander (R-Tenn.),
 * one of the bill’s architects, called it}. The aside may hold commas, names and quotes of its own, so no reading of
 * it as one or two appositives finds the subject; what does is that the clause opens on a name and a comma. Stateless
 * and thread-safe.
 */
public final class SubjectAside {
  /** Longest aside, in chars, between the subject's comma and the comma before the verb. */
  public static final int MAX_ASIDE = 220;
  /** Conjunctions and adverbs that may stand before the subject at the clause's start. */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "meanwhile", "still");

  private SubjectAside() {}

  /**
   * The named person opening the clause at {@code from} whose aside ends at the comma {@code comma}, or null when the
   * clause does not open on a name and a comma, the aside is too long or crosses a line or semicolon, or it does not
   * open like an aside (a role, an age, a capital, a who-clause or a participle).
   */
  public static Mention subjectBefore(CharSequence t, int comma, int from, MentionParser mentions) {
    int s = from;
    while (s < comma && !Words.isWordChar(t.charAt(s))) {
      s++; // past the closing mark and comma of a quote that the clause follows
    }
    int we = Words.wordEnd(t, s, comma);
    if (we > s && OPENERS.contains(Words.norm(t.subSequence(s, we).toString()))) {
      s = Words.skipSpaces(t, we < comma && t.charAt(we) == ',' ? we + 1 : we, comma);
    }
    Mention m = mentions.after(t, s, comma);
    if (m == null || m.start() != s || m.type() != Mention.Type.PERSON || m.name() == null) {
      return null;
    }
    int open = Words.skipSpaces(t, m.end(), comma);
    if (open < comma && t.charAt(open) == '(') { // Sen. Ted Cruz (R-Tex.), a candidate …,
      int close = indexOf(t, ')', open, Math.min(comma, open + 40));
      open = close < 0 ? open : Words.skipSpaces(t, close + 1, comma);
    }
    if (open >= comma || t.charAt(open) != ',' || comma - open > MAX_ASIDE || !opensAside(t, open, comma)) {
      return null;
    }
    for (int i = open + 1; i < comma; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == ';') {
        return null;
      }
    }
    return m;
  }

  /**
   * After a named subject, the aside opened by the comma at {@code open}: the offsets of the commas that may close it,
   * nearest first, up to {@link #MAX_ASIDE} chars, a line break or a semicolon; empty when it does not open like an
   * aside. The caller takes the first that a cue verb follows.
   */
  public static int[] closingCommas(CharSequence t, int open, int limit) {
    if (!opensAside(t, open, limit)) {
      return new int[0];
    }
    int[] found = new int[8];
    int n = 0;
    int stop = Math.min(limit, open + MAX_ASIDE);
    for (int i = open + 1; i < stop && n < found.length; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == ';') {
        break;
      }
      if (ch == ',') {
        found[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  private static boolean opensAside(CharSequence t, int open, int limit) {
    if (Words.opensAppositive(t, open, limit)) {
      return true;
    }
    int i = Words.skipSpaces(t, open + 1, limit);
    int e = Words.wordEnd(t, i, limit);
    String w = t.subSequence(i, e).toString();
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && CueLexicon.isGerund(w); // , wearing a cowboy hat,
  }

  private static int indexOf(CharSequence t, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
