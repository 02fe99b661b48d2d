package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A sentence of pure quotation that closes its paragraph and that nobody attributes, right after a sentence of the
 * same paragraph about a named person, is that person's: {@code Sen. Ann Lee identified the young as a reason. “They
 * are tired of it.”}. The same introduction as {@link PreviousParagraphSubjectRule} makes, inside one paragraph; only
 * full names the article knows, never roles or pronouns. Immutable and thread-safe.
 */
public final class PreviousSentenceSubjectRule implements AttributionRule {
  @Override
  public String name() {
    return "previous-sentence-subject";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int pStart = c.paragraphStart(c.paragraph());
    int s = c.sentenceStart(c.start());
    if (s <= pStart || Words.skipSpaces(t, s, c.start()) != c.start()
        || !PreviousParagraphSubjectRule.closesParagraph(c)) {
      return Optional.empty(); // the quote must open a sentence after the paragraph's first and close the paragraph
    }
    int prevEnd = Words.skipSpacesBack(t, s, pStart);
    if (prevEnd <= pStart || t.charAt(prevEnd - 1) != '.') {
      return Optional.empty();
    }
    int prevStart = Math.max(pStart, c.sentenceStart(prevEnd - 1));
    if (PreviousParagraphSubjectRule.hasQuoteMark(t, prevStart, prevEnd)) {
      return Optional.empty(); // the sentence quotes someone itself: its own rules decided
    }
    Optional<Attribution> a = SentenceSubjectRule.subjectOf(c, prevStart, prevEnd, true);
    // a full name only: a lone capital opening the sentence may be no name at all (One was a call to …)
    return a.filter(x -> !x.organisation() && x.speaker() != null && x.speaker().indexOf(' ') > 0);
  }
}
