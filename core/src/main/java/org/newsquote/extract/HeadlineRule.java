package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * A headline that ends with a dash and a name gives that name to its quotes: {@code NATO confrontation ‘could last
 * decades’ – Stoltenberg}. Immutable and thread-safe.
 */
public final class HeadlineRule implements AttributionRule {
  @Override
  public String name() {
    return "headline-dash";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int pStart = c.paragraphStart(c.paragraph());
    int pEnd = c.paragraphEnd(c.paragraph());
    if (pEnd - pStart > 200) {
      return Optional.empty();
    }
    for (int i = pEnd - 1; i > c.end() && i > pEnd - 60; i--) {
      char ch = t.charAt(i);
      if ((ch == '\u2013' || ch == '\u2014' || ch == '-') && i > 0 && t.charAt(i - 1) == ' ') {
        Mention m = c.mentionAfter(Words.skipSpaces(t, i + 1, pEnd), pEnd);
        if (m != null && m.end() == pEnd && m.name() != null) {
          return Optional.of(c.resolve(m, null));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
