package org.newsquote.extract;

import org.newsquote.extract.internal.Words;

/**
 * Finds the subject of a cue verb where no speaker phrase stands right before it: a description no role list knows
 * opening the cue's clause ({@code As a phone rang, the announcer said}), the named person a {@code who} clause hangs
 * on, a definite description opening the clause, the subject a coordinated verb shares ({@code Bush praised him but
 * described}), and for a participle after a comma the speaker that closes the clause before it or a crowd opening
 * that clause. {@link ClauseCueFinding} asks it while reading a clause back from its cue. Stateless and
 * thread-safe (static methods over the {@link QuoteContext} they are given, which stays confined to its rule pass).
 */
final class ClauseSubjectFinding {
  private ClauseSubjectFinding() {}

  /** Words after which a clause (and so its subject) begins: As one employee told …, but the announcer said …. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("as", "but", "and", "that", "when",
      "while", "then", "so", "yet");
  /** Verbs that make the cue word before them a noun (reports were, claims have). */
  private static final java.util.Set<String> NOUN_AFTER = java.util.Set.of("is", "was", "were", "are", "has",
      "have", "had", "will", "would", "can", "could", "may", "might");
  /** A word ending in -ed: a verb's past form, never inside a described subject. */
  private static final java.util.regex.Pattern VERB_ENDING = java.util.regex.Pattern.compile("[a-z]ed\\b");
  /** Most words a described subject's determiner stands back from its cue (the determiner, words, auxiliaries). */
  private static final int MAX_DESCRIBED_WORDS = 8;

  /**
   * {@code As a phone rang, the announcer said, “…”}, {@code As one employee told Palo Alto Weekly, “…”}: a
   * description no role list knows (a determiner and plain words) ending right before the cue, or before its
   * auxiliaries, and opening its clause (after the sentence's start, a comma or dash, or a linking word such as
   * {@code as} or {@code but}) is the cue's subject; null otherwise (thanked the crowd said: the crowd is an object).
   */
  static Mention describedSubject(QuoteContext c, int cueStart, int from) {
    String t = c.text();
    int ns = Words.skipSpaces(t, Words.wordEnd(t, cueStart, t.length()), t.length());
    int ne = Words.wordEnd(t, ns, t.length());
    if (NOUN_AFTER.contains(t.substring(ns, ne))) {
      return null; // the media reports were not “…”: a cue word before a verb is a noun
    }
    int p = Words.skipSpacesBack(t, cueStart, from);
    for (int k = 0; k < 3; k++) {
      int ws = Words.wordStart(t, p, from);
      if (ws == p || !c.isAuxiliary(ws, p) || Character.isUpperCase(t.charAt(ws))) {
        break;
      }
      p = Words.skipSpacesBack(t, ws, from);
    }
    int q = p;
    for (int k = 0; k < MAX_DESCRIBED_WORDS && q > from; k++) {
      int ws = Words.wordStart(t, q, from);
      if (ws == q) {
        return null; // punctuation inside: no plain description
      }
      Mention d = c.descriptionAfter(ws, p);
      if (d != null && d.start() == ws) {
        if (d.end() != p || VERB_ENDING.matcher(t.substring(Words.wordEnd(t, ws, p), p)).find()) {
          return null; // Another featured five photos telling …: a past form is the clause's verb, no description
        }
        int b = Words.skipSpacesBack(t, ws, from);
        if (b == from || ",;:\u2014\u2013-(".indexOf(t.charAt(b - 1)) >= 0) {
          return d;
        }
        int bs = Words.wordStart(t, b, from);
        return bs < b && CLAUSE_OPENERS.contains(Words.norm(t.substring(bs, b))) ? d : null;
      }
      q = Words.skipSpacesBack(t, ws, from);
    }
    return null;
  }

  /** Most words between {@code who} and its cue verb: auxiliaries and adverbials (who has in the past described). */
  private static final int MAX_RELATIVE_GAP = 4;

  /**
   * {@code Mr Livingstone, who says he is “standing by” …}, {@code Beck, who has in the past described Trump as “…”},
   * {@code Trump - who previously said …}, {@code a tweet from Rikkie Wells who tweeted, “…”}: a cue in a {@code who}
   * clause, with at most a few lower-case words between (no cue, no {@code that}), takes the named person the clause
   * hangs on, after a comma or a dash or right after a full name; null otherwise.
   */
  static Mention relativeAntecedent(QuoteContext c, int cueStart, int from) {
    String t = c.text();
    int e = Words.skipSpacesBack(t, cueStart, from);
    int ws = Words.wordStart(t, e, from);
    for (int k = 0; ws < e && !t.substring(ws, e).equals("who"); k++) {
      String w = t.substring(ws, e);
      if (k == MAX_RELATIVE_GAP || !Character.isLowerCase(w.charAt(0)) || w.equals("that")
          || c.cueAt(ws, e, false) != null) {
        return null;
      }
      e = Words.skipSpacesBack(t, ws, from);
      if (e == ws) {
        return null; // punctuation between: another clause
      }
      ws = Words.wordStart(t, e, from);
    }
    if (ws >= e) {
      return null;
    }
    int p = Words.skipSpacesBack(t, ws, from);
    if (p <= from) {
      return null;
    }
    char before = t.charAt(p - 1);
    boolean set = before == ',' || before == '\u2014' || before == '\u2013' || before == '-' && p - 1 > from
        && Words.isSpace(t.charAt(p - 2));
    Mention m = c.mentionBefore(set ? p - 1 : p, from);
    if (m == null || m.type() != Mention.Type.PERSON || m.name() == null) {
      return null;
    }
    // without a comma or dash the name must end right before who and be full (a tweet from Rikkie Wells who …)
    return set || m.end() == p && m.name().indexOf(' ') > 0 ? m : null;
  }

  /**
   * {@code Ryan and Trump will meet next week, Spicer said, adding}: the speaker of a cue verb that closes the clause
   * right before the comma preceding the participle at {@code participle}; null when the clause ends otherwise.
   */
  static Mention trailingSpeaker(QuoteContext c, int participle, int from) {
    String t = c.text();
    int comma = Words.skipSpacesBack(t, participle, from) - 1;
    int ve = Words.skipSpacesBack(t, comma, from);
    int vs = Words.wordStart(t, ve, from);
    if (vs >= ve || !Character.isLowerCase(t.charAt(vs)) || t.startsWith("ing", ve - 3)
        || c.cueAt(vs, ve, true) == null) {
      return null;
    }
    Mention m = c.mentionBefore(vs, from);
    return m != null && m.type() != Mention.Type.PRONOUN && m.end() == Words.skipSpacesBack(t, vs, from) ? m : null;
  }

  /**
   * A definite description opening the clause before {@code limit} and followed by its verb ({@code The Vermont
   * senator emailed}), or null.
   */
  static Mention definiteSubject(QuoteContext c, int from, int limit) {
    String t = c.text();
    int s = Words.skipSpaces(t, from, limit);
    Mention d = c.mentionAfter(s, limit);
    if (d == null || d.start() != s || d.type() != Mention.Type.NOMINAL || d.role() == null
        || !d.role().regionMatches(true, 0, "the ", 0, 4)) {
      return null;
    }
    int v = Words.skipSpaces(t, d.end(), limit);
    int ve = Words.wordEnd(t, v, limit);
    return ve - v > 4 && t.startsWith("ed", ve - 2) ? d : null;
  }

  /** The cue at {@code s} follows {@code and} or {@code but} (an adverb may stand between): a coordinated verb. */
  static boolean coordinated(QuoteContext c, int s, int from) {
    String t = c.text();
    int e = Words.skipSpacesBack(t, s, from);
    for (int k = 0; k < 2; k++) {
      int ws = Words.wordStart(t, e, from);
      if (ws >= e) {
        return false;
      }
      String w = t.substring(ws, e);
      if (w.equals("and") || w.equals("but")) {
        return true;
      }
      if (!c.isAuxiliary(ws, e)) {
        return false;
      }
      e = Words.skipSpacesBack(t, ws, from);
    }
    return false;
  }

  /** Words that open a clause inside the sentence, whose own subject a participle after it may take. */
  private static final java.util.Set<String> PARTICIPLE_CLAUSES = java.util.Set.of("when", "where", "as", "after",
      "while", "because", "since", "before");
  /** Auxiliaries between a crowd and its verb (had gathered, were marching). */
  private static final java.util.Set<String> CROWD_AUXILIARIES = java.util.Set.of("had", "have", "were", "later",
      "then", "also");

  /**
   * {@code Hundreds of pro-Sanders demonstrators marched through Center City, chanting “…”}, {@code …, when Sanders
   * protesters interrupted her speech, shouting “…”}: a crowd opening the clause the participle at {@code participle}
   * hangs on (the sentence, or the nearest when/where/as clause with no comma before the participle's), then its verb
   * in -ed, speaks the participle's words; null otherwise.
   */
  static Mention crowdBeforeParticiple(QuoteContext c, int participle, int from) {
    String t = c.text();
    int comma = Words.skipSpacesBack(t, participle, from) - 1;
    int clause = from;
    for (int i = comma - 1; i > from; i--) {
      char ch = t.charAt(i);
      if (ch == ',' || ch == ';' || ch == '”' || ch == '"' || ch == '—') {
        clause = -1;
        break; // another clause or quotation between: only a clause opener after it could tell
      }
      if (Words.isWordChar(ch) && !Words.isWordChar(t.charAt(i - 1))) {
        int we = Words.wordEnd(t, i, comma);
        if (PARTICIPLE_CLAUSES.contains(t.substring(i, we))) {
          clause = we;
          break;
        }
      }
    }
    if (clause < 0) {
      return null;
    }
    int s = Words.skipSpaces(t, clause, comma);
    Mention m = c.crowdAfter(s, comma);
    if (m == null || m.start() != s) {
      return null;
    }
    int j = Words.skipSpaces(t, m.end(), comma);
    for (int k = 0; k < 2; k++) {
      int we = Words.wordEnd(t, j, comma);
      if (we > j && CROWD_AUXILIARIES.contains(t.substring(j, we))) {
        j = Words.skipSpaces(t, we, comma);
      }
    }
    int ve = Words.wordEnd(t, j, comma);
    return ve - j > 4 && t.startsWith("ed", ve - 2) && Character.isLowerCase(t.charAt(j)) ? m : null;
  }

  /** {@code …, saying}: a cue in -ing right after a comma opens a participle clause of the sentence's subject. */
  static boolean participleAfterComma(String t, int s, int e, int from) {
    int we = Words.wordEnd(t, s, e);
    if (we - s < 5 || !t.startsWith("ing", we - 3)) {
      return false;
    }
    int p = Words.skipSpacesBack(t, s, from);
    return p > from && t.charAt(p - 1) == ',';
  }
}
