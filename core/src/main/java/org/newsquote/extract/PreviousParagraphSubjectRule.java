package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A paragraph of pure quotation that nobody attributes, after a paragraph whose last sentence is about a named person,
 * is that person's: {@code Viguerie is upbeat about the race. ¶ “He can win in November.”}. News introduces a quote
 * paragraph with a sentence about its speaker. Only names, never roles or pronouns. Immutable and thread-safe.
 */
public final class PreviousParagraphSubjectRule implements AttributionRule {
  @Override
  public String name() {
    return "previous-paragraph-subject";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int p = c.paragraph();
    if (p == 0 || c.start() != c.paragraphStart(p) || c.continuesPrevious() || !closesParagraph(c)) {
      return Optional.empty();
    }
    int prevStart = c.paragraphStart(p - 1);
    int prevEnd = Words.skipSpacesBack(t, c.paragraphEnd(p - 1), prevStart);
    if (prevEnd <= prevStart || t.charAt(prevEnd - 1) != '.') {
      return Optional.empty(); // a headline, a dateline or a quotation: no sentence about anybody
    }
    int last = Math.max(prevStart, c.sentenceStart(prevEnd - 1));
    if (hasQuoteMark(t, last, prevEnd)) {
      return Optional.empty(); // the sentence quotes someone itself: its own rules decided
    }
    Optional<Attribution> a = SentenceSubjectRule.subjectOf(c, last, prevEnd, true);
    return a.filter(x -> !x.organisation() && x.speaker() != null);
  }

  /** The quotation runs to its paragraph's end (a full stop or a space may follow). */
  static boolean closesParagraph(QuoteContext c) {
    String t = c.text();
    int e = Words.skipSpaces(t, c.end(), c.paragraphEnd(c.paragraph()));
    return e >= c.paragraphEnd(c.paragraph()) || e + 1 == c.paragraphEnd(c.paragraph()) && t.charAt(e) == '.';
  }

  static boolean hasQuoteMark(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
        return true;
      }
    }
    return false;
  }
}
