package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * Someone's words named by a noun and a copula just before the quotation: {@code The senator’s answer was that
 * “…”}, {@code Clinton’s response was: “…”}, {@code Rubio’s catch phrase in that race was that …}, {@code Hoff’s
 * letter makes the case: “…”}, or the quotation between the possessive and such a noun: {@code Romney’s “47
 * percent” comment} — the possessor said it. Immutable and thread-safe.
 */
public final class PossessiveWordsRule implements AttributionRule {
  /** Nouns for what somebody said or wrote. */
  private static final Set<String> WORDS_NOUNS = Set.of("answer", "response", "reply", "retort", "message",
      "statement", "slogan", "motto", "catchphrase", "phrase", "dictum", "claim", "argument", "advice", "promise",
      "pledge", "line", "mantra", "refrain", "verdict", "explanation", "excuse", "conclusion", "assessment",
      "warning", "words", "comment", "quip", "tweet", "post", "letter", "email", "e-mail", "note", "brief",
      "reaction", "request", "demand", "plea", "vow", "boast", "question", "point", "diagnosis");
  /** Verbs that join the noun to the quotation: was, is, reads, makes the case. */
  private static final Set<String> LINKS = Set.of("was", "is", "were", "are", "read", "reads", "said", "says");
  /** Most words between the possessive and the link (most explosive claim in that election against Crist). */
  private static final int MAX_WORDS = 9;

  @Override
  public String name() {
    return "possessive-words";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int sentence = Math.max(c.sentenceStart(c.start()), c.paragraphStart(c.paragraph()));
    int i = Words.skipSpacesBack(t, c.start(), sentence);
    if (i > sentence && (t.charAt(i - 1) == ':' || t.charAt(i - 1) == ',')) {
      i = Words.skipSpacesBack(t, i - 1, sentence);
    }
    String w = wordBefore(t, i, sentence);
    if (w.equals("that")) {
      i = Words.skipSpacesBack(t, Words.wordStart(t, i, sentence), sentence);
      w = wordBefore(t, i, sentence);
    }
    if (i == Words.skipSpacesBack(t, c.start(), sentence)) {
      Optional<Attribution> owned = ownedBeforeNoun(c, i, sentence);
      if (owned.isPresent()) {
        return owned;
      }
    }
    boolean linked = LINKS.contains(w);
    if (linked) {
      i = Words.skipSpacesBack(t, Words.wordStart(t, i, sentence), sentence);
    }
    // back over the words after the noun (in that election against Crist) to the noun after a possessive
    for (int k = 0; k < MAX_WORDS && i > sentence; k++) {
      int ws = Words.wordStart(t, i, sentence);
      if (ws == i) {
        return Optional.empty();
      }
      String n = Words.norm(t.substring(ws, i));
      int before = Words.skipSpacesBack(t, ws, sentence);
      int pws = Words.wordStart(t, before, sentence);
      if (pws < before && WORDS_NOUNS.contains(n) && (linked || k == 0)) {
        Optional<Attribution> a = possessor(c, pws, before, ws, sentence);
        if (a.isPresent()) {
          return a;
        }
      }
      i = before;
    }
    return Optional.empty();
  }

  /**
   * {@code Romney’s “47 percent” comment}, {@code Obama's "if you like your plan" promise}: the quotation set between a
   * possessive name (ending at {@code end}) and a noun for words is the possessor's.
   */
  private static Optional<Attribution> ownedBeforeNoun(QuoteContext c, int end, int sentence) {
    String t = c.text();
    int ws = Words.wordStart(t, end, sentence);
    if (ws >= end || !Words.isPossessive(t.substring(ws, end)) || !Character.isUpperCase(t.charAt(ws))) {
      return Optional.empty();
    }
    int n = Words.skipSpaces(t, c.end(), t.length());
    int ne = Words.wordEnd(t, n, t.length());
    if (ne == n || !(WORDS_NOUNS.contains(t.substring(n, ne)) || t.substring(n, ne).equals("remark"))) {
      return Optional.empty();
    }
    Mention m = c.mentionBefore(end, sentence);
    if (m == null || m.name() == null || m.type() == Mention.Type.PRONOUN
        || ClauseCueFinding.findCue(c, sentence, m.start(), true).isPresent()) {
      return Optional.empty(); // Kennedy says it is Labour's "authoritarian" response: the word is Kennedy's
    }
    Attribution a = c.resolve(m, null);
    return a.speaker() == null ? Optional.empty() : Optional.of(a);
  }

  /** The speaker owning the noun at {@code noun}: a possessive name right before it, adjectives between allowed. */
  private static Optional<Attribution> possessor(QuoteContext c, int pws, int before, int noun, int sentence) {
    String t = c.text();
    int s = pws;
    int e = before;
    for (int k = 0; k < 3; k++) { // Podliska’s most explosive | claim; Hillary Clinton’s campaign | slogan
      String w = t.substring(s, e);
      if (Words.isPossessive(w) && Character.isUpperCase(w.charAt(0))) {
        Mention m = c.mentionBefore(e, sentence);
        if (m != null && ClauseCueFinding.findCue(c, sentence, m.start(), true).isPresent()) {
          return Optional.empty(); // Law said McConnell's comment was “ill-advised”: the words are Law's
        }
        if (m == null || m.name() == null) {
          return Optional.empty();
        }
        Attribution a = c.resolve(m, null);
        return a.speaker() == null ? Optional.empty() : Optional.of(a);
      }
      if (!Character.isLowerCase(w.charAt(0))) {
        return Optional.empty();
      }
      e = Words.skipSpacesBack(t, s, sentence);
      s = Words.wordStart(t, e, sentence);
      if (s == e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String wordBefore(String t, int end, int limit) {
    int s = Words.wordStart(t, end, limit);
    return s < end ? Words.norm(t.substring(s, end)) : "";
  }
}
