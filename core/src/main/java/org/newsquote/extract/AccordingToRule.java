package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * A sentence that says whose account it is gives every quote in it to that account, before any speaker the
 * sentence also names: {@code “…,” O’Malley said, according to the Las Vegas Sun} and {@code According to GMA
 * News, Salceda said the “…”} are the paper's report of what he said, and news attribution names the one who
 * reported it. Only a sentence-opening {@code According to X,} or one set off by a comma after the quote counts:
 * inside a clause ({@code said that according to its analysis …}) it qualifies a claim, not the quote. Immutable and
 * thread-safe.
 */
public final class AccordingToRule implements AttributionRule {
  /** Words that may open a sentence before its {@code According to}. */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "still", "so", "also");

  @Override
  public String name() {
    return "according-to";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    int s = c.sentenceStart(c.start());
    Optional<Attribution> opening = opening(c, s);
    return opening.isPresent() ? opening : trailing(c, c.sentenceEnd(c.end()));
  }

  /** {@code According to X, … “…”}: the sentence opens on the account and the quote follows its comma. */
  private static Optional<Attribution> opening(QuoteContext c, int s) {
    String t = c.text();
    int i = Words.skipSpaces(t, s, c.start());
    int e = Words.wordEnd(t, i, c.start());
    if (e > i && OPENERS.contains(Words.norm(t.substring(i, e)))) {
      i = Words.skipSpaces(t, e + (e < c.start() && t.charAt(e) == ',' ? 1 : 0), c.start());
      e = Words.wordEnd(t, i, c.start());
    }
    if (e <= i || !t.substring(i, e).equalsIgnoreCase("according")) {
      return Optional.empty();
    }
    int comma = t.indexOf(',', e);
    if (comma < 0 || comma >= c.start()) {
      return Optional.empty(); // According to Smith “…”: the quote is the account itself, left to the cue rules
    }
    return account(c, e, comma);
  }

  /**
   * {@code “…,” X said on Monday, according to the Sun.}: a comma, then the account closing the sentence. After a
   * quote that ends on its own full stop or question mark, only a cue clause ({@code “…?” he asked, according to …})
   * continues its sentence; anything else is the next sentence, whose account is not the quote's.
   */
  private static Optional<Attribution> trailing(QuoteContext c, int limit) {
    String t = c.text();
    boolean closed = endsOnStop(c.content());
    boolean cued = false;
    int i = c.end();
    if (c.content().strip().endsWith(",")) { // “only temporary,” according to …: the comma sits inside the marks
      int w = Words.skipSpaces(t, i, limit);
      int we = Words.wordEnd(t, w, limit);
      if (we > w && t.substring(w, we).equals("according")) {
        return account(c, we, limit);
      }
    }
    while (i < limit) {
      char ch = t.charAt(i);
      if (ch == '\u201c' || ch == '"' || ch == '\u00ab') {
        return Optional.empty(); // another quotation follows: the account may be its own
      }
      if (ch == ',') {
        int w = Words.skipSpaces(t, i + 1, limit);
        int we = Words.wordEnd(t, w, limit);
        if (we > w && t.substring(w, we).equals("according")) {
          return closed && !cued ? Optional.empty() : account(c, we, limit);
        }
      }
      if (Words.isWordChar(ch)) {
        int we = Words.wordEnd(t, i, limit);
        if (we > i) {
          cued |= c.cueAt(i, we, true) != null;
          i = we;
          continue;
        }
      }
      i++;
    }
    return Optional.empty();
  }

  private static boolean endsOnStop(String content) {
    String s = content.strip();
    return !s.isEmpty() && ".?!".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** The account named after {@code according} (ending at {@code accordingEnd}), up to {@code limit}. */
  private static Optional<Attribution> account(QuoteContext c, int accordingEnd, int limit) {
    String t = c.text();
    int to = Words.skipSpaces(t, accordingEnd, limit);
    if (!t.startsWith("to ", to)) {
      return Optional.empty();
    }
    Mention m = c.mentionAfter(Words.skipSpaces(t, to + 2, limit), limit);
    return m == null ? Optional.empty() : Optional.of(c.resolve(m, "according to"));
  }
}
