package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * Quoted words inside reported speech take the speaker of the sentence's cue: {@code Kirby noted that NATO is “…”},
 * {@code Psaki said Biden had “no intention”}, {@code the Tories dismissed it as "desperate"}; failing a cue before
 * the quote, a cue after it in the same sentence ({@code “…” and “…,” Putin said}). Immutable and thread-safe.
 */
public final class ReportedSpeechRule implements AttributionRule {
  @Override
  public String name() {
    return "reported-speech";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    int sentenceStart = c.sentenceStart(c.start());
    // a strong cue anywhere before beats a nearer weak one: Kirby revealed that Biden had ordered ... “…”
    Optional<Attribution> before = ClauseCueFinding.findCue(c, sentenceStart, c.start(), true);
    if (before.isEmpty()) {
      before = ClauseCueFinding.findCue(c, sentenceStart, c.start(), false);
    }
    if (before.isPresent()) {
      // Meeks said Clinton reassured them that Democrats “…”: the sentence's speaker reports the nested clause
      Attribution outer = outerSpeaker(c, sentenceStart, before.get());
      if (outer != null) {
        return Optional.of(outer);
      }
      return before;
    }
    return cueLater(c);
  }

  /** A person given by a name of two words or more (Ted Cruz, Catherine Frazier). */
  private static boolean isNamedPerson(Attribution a) {
    return !a.organisation() && a.speaker().indexOf(' ') > 0 && Character.isUpperCase(a.speaker().charAt(0));
  }

  /** Verbs that open a clause of reported content: Meeks said (that) …, Clinton argues …. */
  private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("say", "tell", "add", "note", "argue",
      "claim", "insist", "write", "explain", "warn", "suggest", "acknowledge", "contend", "maintain", "assert",
      "state", "predict", "complain", "concede", "admit", "agree", "allege", "recall", "reveal", "stress",
      "emphasize", "emphasise", "announce", "declare", "confirm", "deny", "indicate", "charge", "answer", "reply",
      "respond", "observe", "conclude", "think", "believe");

  /** Longest parenthetical tag after a subject ({@code (D-N.Y.)}, {@code (R-Wis.)}), in characters. */
  private static final int MAX_TAG = 20;

  /** Forms of be: before a participle they make the verb passive (The e-mail was revealed the day after …). */
  private static final java.util.Set<String> BE = java.util.Set.of("is", "was", "are", "were", "be", "been");

  /**
   * The subject of a sentence that opens with a speaker and a verb of saying before the quote: {@code Meeks said
   * Clinton reassured them that Democrats “…”} is Meeks's account, whoever acts inside it; null otherwise, and
   * null when a second clause with a cue of its own stands between ({@code Blair has insisted …, while Brown says he
   * will not let “…”}), when it names the same speaker as {@code near} (the nearer cue's), or when it only describes
   * someone and the nearer cue names a person ({@code Leaked documents have suggested David Blunkett branded …}).
   */
  static Attribution outerSpeaker(QuoteContext c, int sentenceStart, Attribution near) {
    String t = c.text();
    int limit = c.start();
    int s = Words.skipSpaces(t, Math.max(sentenceStart, c.paragraphStart(c.paragraph())), limit);
    Mention m = c.mentionAfter(s, limit);
    if (m == null || m.start() != s || m.type() == Mention.Type.PERSON && m.name() != null
        && m.name().indexOf(' ') < 0 && !c.knowsPerson(m)) {
      return null; // Continuing to explain his view, Carson …: a lone capital the article never names is no subject
    }
    int j = Words.skipSpaces(t, m.end(), limit);
    if (j < limit && t.charAt(j) == '(') {
      // Rep. Gregory Meeks (D-N.Y.) said …: a short party and state tag stands between the subject and its verb
      int close = t.indexOf(')', j);
      if (close < 0 || close >= limit || close - j > MAX_TAG) {
        return null;
      }
      j = Words.skipSpaces(t, close + 1, limit);
    }
    boolean be = false;
    for (int k = 0; k < 3 && j < limit; k++) {
      int we = Words.wordEnd(t, j, limit);
      if (we == j || !c.isAuxiliary(j, we) || c.cueAt(j, we, true) != null) {
        break;
      }
      be |= BE.contains(t.substring(j, we));
      j = Words.skipSpaces(t, we, limit);
    }
    int we = Words.wordEnd(t, j, limit);
    if (we == j) {
      return null;
    }
    String cue = c.cueAt(j, we, true);
    if (cue == null || !CLAUSE_VERBS.contains(cue) || be && !t.startsWith("ing", we - 3)) {
      return null;
    }
    for (int i = we; i < limit; i++) {
      char ch = t.charAt(i);
      if (ch == '\u201c' || ch == '\u201d' || ch == '"' || ch == '\u00ab' || ch == '\u00bb') {
        return null; // another quotation sits between
      }
      if ((ch == ';' || ch == ',' && (t.startsWith(" while ", i + 1) || t.startsWith(" whereas ", i + 1)
          || t.startsWith(" but ", i + 1)) || ch == ' ' && t.startsWith(" while ", i)) && cueBetween(c, i + 1, limit)) {
        return null;
      }
    }
    Attribution a = c.resolve(m, cue);
    String n = near.speaker();
    if (a.speaker() == null || n == null || a.speaker().contains(n) || n.contains(a.speaker())) {
      return null;
    }
    boolean described = m.type() == Mention.Type.NOMINAL && m.role() != null && m.role().endsWith(a.speaker());
    return described && isNamedPerson(near) ? null : a;
  }

  /** Whether a strong cue stands in [from, to). */
  private static boolean cueBetween(QuoteContext c, int from, int to) {
    String t = c.text();
    int i = from;
    while (i < to) {
      if (!Words.isWordChar(t.charAt(i))) {
        i++;
        continue;
      }
      int e = Words.wordEnd(t, i, to);
      if (e == i) {
        i++;
        continue;
      }
      if (Character.isLowerCase(t.charAt(i)) && c.cueAt(i, e, true) != null) {
        return true;
      }
      i = e;
    }
    return false;
  }

  /** Cues whose next noun is what they act on, never an inverted speaker: criticized Obama, praised her. */
  private static final java.util.Set<String> OBJECT_FIRST = java.util.Set.of("criticize", "call", "describe",
      "praise", "attack", "accuse", "blame", "slam", "label", "dismiss", "brand", "condemn", "mock", "thank", "urge",
      "invite", "hit", "rip", "blast", "chide", "scold", "warn", "tell", "ask", "remind", "exhort");

  private static Optional<Attribution> cueLater(QuoteContext c) {
    String t = c.text();
    int limit = c.sentenceEnd(c.end());
    int i = c.end();
    while (i < limit) {
      char ch = t.charAt(i);
      if (ch == '\u201c' || ch == '"' || ch == '\u00ab') {
        // skip a following quotation
        int close = i + 1;
        while (close < limit && t.charAt(close) != '\u201d' && t.charAt(close) != '"' && t.charAt(close) != '\u00bb') {
          close++;
        }
        i = close + 1;
        continue;
      }
      if (!Words.isWordChar(ch)) {
        i++;
        continue;
      }
      int e = Words.wordEnd(t, i, limit);
      if (e == i) {
        i++;
        continue;
      }
      String cue = c.cueAt(i, e, true);
      if (cue != null && !cue.equals("according to")
          && !(WordsAfterQuote.endsSentence(c) && WordsAfterQuote.opensComplement(t, e, limit))) {
        Mention m = c.mentionBefore(i, c.end());
        boolean gerund = e - i > 4 && t.startsWith("ing", e - 3); // its ‘open-door policy’ of admitting new members
        if (m == null && !cue.equals("tell") && !OBJECT_FIRST.contains(cue) && !gerund) { // told X: X listens
          m = SpeakerPhraseAfterCue.namedAppositive(c, c.mentionAfter(e, limit), limit);
        }
        if (m != null) {
          return Optional.of(c.resolve(m, cue));
        }
      }
      i = e;
    }
    return Optional.empty();
  }
}
