package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A quote with no cue of its own continues the last attributed quote of its paragraph: {@code “A,” Lavrov said.
 * “B.”}. Immutable and thread-safe.
 */
public final class SameParagraphRule implements AttributionRule {
  @Override
  public String name() {
    return "same-paragraph";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    for (int i = c.earlier().size() - 1; i >= 0; i--) {
      QuoteContext.Earlier e = c.earlier().get(i);
      if (e.paragraph() != c.paragraph()) {
        break;
      }
      if (e.attribution() != null && e.attribution().speaker() != null) {
        return hasOwnCue(c) ? Optional.empty() : Optional.of(e.attribution());
      }
    }
    return Optional.empty();
  }

  /** Labour called it “a disgrace”: the quote's own sentence names its speaker (asked only when it matters). */
  private static boolean hasOwnCue(QuoteContext c) {
    int s = Math.max(c.sentenceStart(c.start()), c.paragraphStart(c.paragraph()));
    return Words.skipSpaces(c.text(), s, c.start()) < c.start()
        && ClauseCueFinding.findCue(c, s, c.start(), false).isPresent();
  }
}
