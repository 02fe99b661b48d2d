package org.newsquote.extract;

import org.newsquote.extract.internal.SpeakerWords;
import org.newsquote.extract.internal.Words;

/**
 * Reads the speaker phrase after an inverted cue verb where the phrase reader stops short: a role, then {@code known
 * as} and a name ({@code said the base chief known as Bob}); a role no list knows in lower case before a full name
 * ({@code said 9/11 widow Terry Strada}); a role, then the full name set off by commas ({@code said the bureau's
 * director, James B. Comey}). {@link CueAfterRule} and {@link ReportedSpeechRule} ask it. Stateless and thread-safe
 * (static methods over the {@link QuoteContext} they are given, which stays confined to its rule pass).
 */
final class SpeakerPhraseAfterCue {
  private SpeakerPhraseAfterCue() {}

  /**
   * {@code said the bureau's director, James B. Comey, on Monday}: a role without a name after an inverted cue, then a
   * full name set off by commas (or closing the sentence), is that person; {@code m} itself otherwise.
   */
  static Mention namedAppositive(QuoteContext c, Mention m, int limit) {
    if (m == null || m.type() != Mention.Type.NOMINAL || m.name() != null) {
      return m;
    }
    String t = c.text();
    if (m.end() + 2 >= limit || t.charAt(m.end()) != ',' || t.charAt(m.end() + 1) != ' ') {
      return m;
    }
    Mention n = c.mentionAfter(m.end() + 2, limit);
    if (n == null || n.start() != m.end() + 2 || n.type() != Mention.Type.PERSON || n.name() == null
        || n.role() != null || n.name().indexOf(' ') < 0) {
      return m;
    }
    char after = n.end() < t.length() ? t.charAt(n.end()) : '.';
    return after == ',' || after == '.' ? n : m;
  }

  /**
   * {@code said the base chief known as Bob, speaking …}: a described speaker then {@code known as} or {@code
   * identified (only) as} and a name closing the clause is the person of that name, the description their role; null
   * for any other phrase.
   */
  static Mention knownAs(QuoteContext c, Mention d, int limit) {
    if (d == null || d.name() != null || d.role() == null) {
      return null;
    }
    String t = c.text();
    String role = d.role().startsWith("the ") ? d.role().substring(4) : d.role();
    int j = Words.skipSpaces(t, d.end(), limit);
    int e = Words.wordEnd(t, j, limit);
    if (role.endsWith(" known")) { // a description reads on over known, no -ed form
      role = role.substring(0, role.length() - 6);
      j = d.end() - 5;
      e = d.end();
    }
    String w = t.substring(j, e);
    if (!w.equals("known") && !w.equals("identified")) {
      return null;
    }
    j = Words.skipSpaces(t, e, limit);
    e = Words.wordEnd(t, j, limit);
    if (t.startsWith("only", j) && e - j == 4) {
      j = Words.skipSpaces(t, e, limit);
      e = Words.wordEnd(t, j, limit);
    }
    if (e - j != 2 || !t.startsWith("as", j)) {
      return null;
    }
    Mention n = c.mentionAfter(Words.skipSpaces(t, e, limit), limit);
    if (n == null || n.type() != Mention.Type.PERSON || n.name() == null || n.role() != null
        || !WordsAfterQuote.closesClause(t, n.end(), limit)) {
      return null;
    }
    return new Mention(d.start(), n.end(), n.name(), role, Mention.Type.PERSON, n.head());
  }


  /** Most lower-case words of a role that no list knows between an inverted cue and the name it describes. */
  private static final int MAX_ROLE_WORDS = 4;

  /**
   * {@code “…,” said 9/11 widow Terry Strada.}, {@code said master of ceremonies Asab Al-Tabchi, a Syrian engineer}: a
   * few lower-case words (a role no list knows, with {@code of} inside) and then a full name that closes the clause;
   * the name, or null. {@code afterRole}: the words follow a body or role already read ({@code Wales | physio Mark
   * Davies}), so they may open with {@code and} ({@code chairman | and chief executive Bill Ford}).
   */
  static Mention namedAfterLowerRole(QuoteContext c, int from, int limit, boolean afterRole) {
    String t = c.text();
    int j = Words.skipSpaces(t, from, limit);
    for (int k = 0; k < MAX_ROLE_WORDS && j < limit; k++) {
      int e = Words.wordEnd(t, j, limit);
      while (e < limit && (t.charAt(e) == '/' || t.charAt(e) == '-') && e + 1 < limit
          && Words.isWordChar(t.charAt(e + 1))) {
        e = Words.wordEnd(t, e + 1, limit); // 9/11 widow, co-founder
      }
      if (e == j) {
        return null;
      }
      char first = t.charAt(j);
      if (Character.isUpperCase(first)) {
        if (k == 0) {
          return null;
        }
        Mention m = c.mentionAfter(j, limit);
        return m != null && m.type() == Mention.Type.PERSON && m.name() != null && m.start() == j
            && m.name().indexOf(' ') > 0 && WordsAfterQuote.closesClause(t, m.end(), limit) ? m : null;
      }
      String w = t.substring(j, e);
      boolean inner = k > 0 && w.equals("of") || k == 0 && afterRole && w.equals("and"); // founder and director
      if (!inner && (SpeakerWords.isFunctionWord(Words.norm(w)) || c.cueAt(j, e, false) != null
          || c.isAuxiliary(j, e))) {
        return null; // said the …, said in a statement, said on Monday: no role of this shape
      }
      j = Words.skipSpaces(t, e, limit);
    }
    return null;
  }
}
