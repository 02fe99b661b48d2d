package org.newsquote.extract;

import java.util.Optional;

/**
 * A paragraph that opens with quotation and names nobody continues the speaker of the paragraph before: BBC-style
 * quotes running over paragraphs, and pure-quotation paragraphs after a named quote. Immutable and thread-safe.
 */
public final class PreviousParagraphRule implements AttributionRule {
  @Override
  public String name() {
    return "previous-paragraph";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    if (c.start() != c.paragraphStart(c.paragraph())) {
      return Optional.empty();
    }
    for (int i = c.earlier().size() - 1; i >= 0; i--) {
      QuoteContext.Earlier e = c.earlier().get(i);
      if (e.paragraph() < c.paragraph() - 1) {
        break;
      }
      if (e.paragraph() == c.paragraph() - 1 && e.attribution() != null && e.attribution().speaker() != null) {
        return Optional.of(e.attribution());
      }
    }
    return Optional.empty();
  }
}
