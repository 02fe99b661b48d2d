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
    Optional<Attribution> before = CueBeforeRule.findCue(c, sentenceStart, c.start(), true);
    if (before.isEmpty()) {
      before = CueBeforeRule.findCue(c, sentenceStart, c.start(), false);
    }
    if (before.isPresent()) {
      return before;
    }
    return cueLater(c);
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
          && !(CueAfterRule.endsSentence(c) && CueAfterRule.opensComplement(t, e, limit))) {
        Mention m = c.mentionBefore(i, c.end());
        if (m == null && !cue.equals("tell") && !OBJECT_FIRST.contains(cue)) { // told X: X listens
          m = c.mentionAfter(e, limit);
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
