package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * The cue right after the quote: {@code “…,” Kirby said}, {@code “…,” said Kirby}, {@code “…,” the spokesman
 * stated}, {@code “…”, he told CNN}, {@code “…,” according to the ministry}. Immutable and thread-safe.
 */
public final class CueAfterRule implements AttributionRule {
  private static final int MAX_GAP_WORDS = 3;

  @Override
  public String name() {
    return "cue-after";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int limit = c.paragraphEnd(c.paragraph());
    int i = Words.skipSpaces(t, c.end(), limit);
    if (i < limit && (t.charAt(i) == ',' || t.charAt(i) == '\u2014' || t.charAt(i) == '\u2013')) {
      i = Words.skipSpaces(t, i + 1, limit);
    }
    if (i >= limit || !Words.isWordChar(t.charAt(i))) {
      return Optional.empty();
    }
    int we = Words.wordEnd(t, i, limit);
    String cue = c.cueAt(i, we, true);
    if (cue != null) { // inverted: said Kirby, according to the ministry
      int from = cue.equals("according to") ? Words.skipSpaces(t, we, limit) + 2 : we;
      Mention m = c.mentionAfter(from, limit);
      return m == null ? Optional.empty() : Optional.of(c.resolve(m, cue));
    }
    Mention m = c.mentionAfter(i, limit);
    if (m == null) {
      return Optional.empty();
    }
    int j = Words.skipSpaces(t, m.end(), limit);
    for (int k = 0; k <= MAX_GAP_WORDS && j < limit; k++) {
      int e = Words.wordEnd(t, j, limit);
      if (e == j) {
        return Optional.empty();
      }
      String verb = c.cueAt(j, e, true);
      if (verb != null && !verb.equals("according to")) {
        return Optional.of(c.resolve(m, verb));
      }
      if (!c.isAuxiliary(j, e)) {
        return Optional.empty();
      }
      j = Words.skipSpaces(t, e, limit);
    }
    return Optional.empty();
  }
}
