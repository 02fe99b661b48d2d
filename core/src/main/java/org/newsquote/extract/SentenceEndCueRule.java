package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A quotation inside a sentence that closes on its own attribution gives the quote to that attribution: {@code
 * The firm hopes to expand “as fast as it can” abroad, Cornelissen said.}, {@code This was a return to the “weaker
 * pattern” of lending, the BBA added.} The attribution is the sentence's last clause, after a comma: a named or
 * described speaker (a pronoun there would go to the reported sentence's own subject), a cue verb, and at most a few
 * words (its listener or time) before the full stop; no other quotation may stand between, the quotation must not
 * close its own sentence, and no cue may stand before it in the sentence (that one reports it). Immutable and
 * thread-safe.
 */
public final class SentenceEndCueRule implements AttributionRule {
  /** How many words may follow the cue verb before the full stop: told reporters on Monday. */
  private static final int MAX_TAIL_WORDS = 4;

  @Override
  public String name() {
    return "sentence-end-cue";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    String content = c.content().strip();
    if (content.isEmpty() || ".?!".indexOf(content.charAt(content.length() - 1)) >= 0 || c.cueEarlierInSentence()) {
      // the quotation closes its own sentence; or a cue before it in the sentence reports it (Prosecutors said Jaynes
      // was “…”, … Associated Press reported): the rules for those read it
      return Optional.empty();
    }
    int stop = Math.min(c.sentenceEnd(c.end()), t.length());
    while (stop > c.end() && t.charAt(stop - 1) != '.') {
      stop--;
    }
    if (stop <= c.end()) {
      return Optional.empty();
    }
    stop--; // the full stop
    int comma = -1;
    for (int i = c.end(); i < stop; i++) {
      char ch = t.charAt(i);
      if (ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u00ab' || ch == '\u00bb') {
        return Optional.empty(); // another quotation before the attribution: it may be that one's
      }
      if (ch == ',') {
        comma = i;
      }
    }
    if (comma < 0 || comma == c.end() || comma == c.end() - 1) {
      return Optional.empty(); // “…,” he said: the cue-after rule reads that
    }
    int from = Words.skipSpaces(t, comma + 1, stop);
    Mention m = c.mentionAfter(from, stop);
    if (m == null || m.start() != from || m.type() == Mention.Type.PRONOUN) {
      return Optional.empty(); // …, he added: the pronoun would go to the sentence's subject, who is reported on
    }
    int v = Words.skipSpaces(t, m.end(), stop);
    int ve = Words.wordEnd(t, v, stop);
    if (ve <= v || !Character.isLowerCase(t.charAt(v))) {
      return Optional.empty();
    }
    String cue = c.cueAt(v, ve, true);
    if (cue == null) {
      return Optional.empty();
    }
    int words = 0;
    for (int i = Words.skipSpaces(t, ve, stop); i < stop; i = Words.skipSpaces(t, i, stop)) {
      int we = Words.wordEnd(t, i, stop);
      if (we <= i || ++words > MAX_TAIL_WORDS) {
        return Optional.empty(); // punctuation or a long tail: a clause of its own, not a closing attribution
      }
      i = we;
    }
    return Optional.of(c.resolve(m, cue));
  }
}
