package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A quote that opens its sentence with no cue of its own, right after a sentence of the same paragraph that reports
 * someone's speech, is that person's: {@code Convener Isla Roan said MSPs wanted answers. “We have questions.”}.
 * Immutable and thread-safe.
 */
public final class PreviousSentenceRule implements AttributionRule {
  @Override
  public String name() {
    return "previous-sentence";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int pStart = c.paragraphStart(c.paragraph());
    int s = c.sentenceStart(c.start());
    if (Words.skipSpaces(t, s, c.start()) != c.start() || s <= pStart) {
      return Optional.empty(); // the quote does not open its sentence, or opens the paragraph
    }
    int prevEnd = Words.skipSpacesBack(t, s, pStart);
    if (prevEnd <= pStart) {
      return Optional.empty();
    }
    int prevStart = Math.max(pStart, c.sentenceStart(prevEnd - 1));
    return ClauseCueFinding.findCue(c, prevStart, prevEnd, true);
  }
}
