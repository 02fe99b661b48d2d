package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.SubjectAside;
import org.newsquote.extract.internal.Words;

/**
 * Finds the cue verb that follows a speaker phrase after a quotation ({@code “…,” Kirby said}), stepping over what
 * news puts between them: a party label in brackets ({@code Rep. Jim Jordan (R-Ohio) said}), appositives or one aside
 * set off by commas ({@code Blunt, after a long pause, said}), auxiliaries and a time phrase ({@code the order
 * released Friday said}); not a participle qualifying a noun, nor a passive that makes the subject the listener
 * ({@code was asked}). The phrase as the verb's speaker, or empty; {@link CueAfterRule} asks it. Stateless and
 * thread-safe (static methods over the {@link QuoteContext} they are given, which stays confined to its rule pass).
 */
final class CueVerbAfterSpeaker {
  private CueVerbAfterSpeaker() {}

  /** Most words between a speaker phrase and its cue verb: auxiliaries, a time phrase (has also said). */
  private static final int MAX_GAP_WORDS = 3;

  /** The cue verb after the speaker phrase {@code m} (past appositives and auxiliaries), attributed to it. */
  static Optional<Attribution> verbAfter(QuoteContext c, Mention m, int limit) {
    String t = c.text();
    int j = Words.skipSpaces(t, m.end(), limit);
    if (j < limit && t.charAt(j) == '(') { // Rep. Jim Jordan (R-Ohio) said
      int close = t.indexOf(')', j);
      j = close < 0 || close - j > 40 || close >= limit ? j : Words.skipSpaces(t, close + 1, limit);
    }
    if (j < limit && t.charAt(j) == ',' && m.name() != null) {
      int k = c.skipAppositives(j, limit); // “…,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said
      Optional<Attribution> found = k >= 0 ? cueFrom(c, m, k, limit) : Optional.empty();
      if (found.isPresent()) {
        return found;
      }
      int w = interruption(c, j, limit); // no appositive reading leads to the verb: one aside with its own commas
      return w < 0 ? Optional.empty() : cueFrom(c, m, w, limit);
    }
    return cueFrom(c, m, j, limit);
  }

  /** Forms of be that, before a participle, make it passive. */
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "been", "being");

  /** The cue verb at {@code j}, past auxiliaries, attributed to {@code m}. */
  private static Optional<Attribution> cueFrom(QuoteContext c, Mention m, int j, int limit) {
    String t = c.text();
    boolean passive = false;
    for (int k = 0; k <= MAX_GAP_WORDS && j < limit; k++) {
      int e = Words.wordEnd(t, j, limit);
      if (e == j) {
        return Optional.empty();
      }
      if (passive && ListenersAndDocuments.isListenerPassive(t.substring(j, e))) {
        // “… absolutely wrong.” The president was also asked whether …: asked, told in the passive make the
        // subject the one spoken to
        return Optional.empty();
      }
      passive |= BE.contains(t.substring(j, e));
      String verb = c.cueAt(j, e, true);
      if (verb == null && WordsAfterQuote.closesClause(t, e, limit)) {
        verb = c.cueAt(j, e, false); // “…,” he continued.: a weak verb closing the clause reports the quote
      }
      if (verb == null) {
        verb = c.phraseCueAt(j, e, limit); // “…,” she went on.
      }
      if (verb != null && k == 0 && !WordsAfterQuote.endsSentence(c) && e - j > 4 && t.startsWith("ing", e - 3)
          && j == Words.skipSpaces(t, m.end(), limit)) {
        // describing as “unhinged” a Donald Trump tweet attacking …: a participle right after a noun within the
        // sentence qualifies that noun; it is no finite verb of saying
        return Optional.empty();
      }
      if (verb != null && !verb.equals("according to")) {
        if (WordsAfterQuote.endsSentence(c) && WordsAfterQuote.opensComplement(t, e, limit)) {
          return Optional.empty(); // “… when.” Ministers insist the delays were …: a new sentence with its own speech
        }
        return Optional.of(c.resolve(m, verb));
      }
      int timed = k == 0 && m.name() == null && !WordsAfterQuote.newSentenceAfter(c, m.start())
          ? c.afterParticipleTime(j, limit) : -1;
      if (timed > 0) {
        j = timed; // “…,” the order released Friday said: when the text came out, between it and its verb
        continue;
      }
      if (!c.isAuxiliary(j, e)) {
        return Optional.empty();
      }
      j = Words.skipSpaces(t, e, limit);
    }
    return Optional.empty();
  }

  /** Longest phrase set off by commas between a speaker's name and the cue ({@code , after a long pause,}). */
  private static final int MAX_INTERRUPTION = 80;

  /**
   * {@code “…,” Blunt, after a long pause, said}: a phrase between commas that no appositive reading accepts still
   * stands between subject and verb when a strong cue follows the second comma; the cue's offset, or -1.
   */
  private static int interruption(QuoteContext c, int comma, int limit) {
    int close = c.interruptionClose(comma, Math.min(limit, comma + MAX_INTERRUPTION));
    String t = c.text();
    if (close >= 0) {
      int w = Words.skipSpaces(t, close + 1, limit);
      int we = Words.wordEnd(t, w, limit);
      if (we > w && c.cueAt(w, we, true) != null) {
        return w;
      }
    }
    // “…,” Anne Richards, assistant secretary for population, refugees, and migration, said: an aside with commas
    // of its own ends at the first comma a cue verb follows, within the sentence
    int end = Math.min(limit, c.sentenceEnd(comma));
    for (int k : SubjectAside.closingCommas(t, comma, end)) {
      int w = Words.skipSpaces(t, k + 1, end);
      int we = Words.wordEnd(t, w, end);
      if (we > w && c.cueAt(w, we, true) != null) {
        return w;
      }
    }
    return -1;
  }
}
