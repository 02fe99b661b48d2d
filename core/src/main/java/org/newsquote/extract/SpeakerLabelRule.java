package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * A name set before a quotation as its label, with a colon and no verb: {@code Former secretary of state Hillary
 * Clinton: “…”}, and in newsletters {@code RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”} or {@code More
 * from Jones: “…”}. The name must open its paragraph or follow a dash or {@code from}, so that an object before a
 * colon (a message for Hillary Clinton: “…”) is never taken; opening a paragraph it must be a person's full name or
 * carry a role, since a lone word there is a topic (Brexit: “…”). Immutable and thread-safe.
 */
public final class SpeakerLabelRule implements AttributionRule {
  /** Words after which a label name may stand: More from Jones: “…” (never was from Mexico: “…”). */
  private static final Set<String> OPENERS = Set.of("from");

  @Override
  public String name() {
    return "label";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int pStart = c.paragraphStart(c.paragraph());
    int colon = Words.skipSpacesBack(t, c.start(), pStart) - 1;
    if (colon <= pStart || t.charAt(colon) != ':') {
      return Optional.empty();
    }
    Mention m = c.mentionBefore(colon, pStart);
    if (m == null || m.name() == null || m.type() == Mention.Type.PRONOUN || opensWithCue(c, m)) {
      return Optional.empty(); // Continued Stone: “…” is a transcript's note, not a name
    }
    int before = Words.skipSpacesBack(t, m.start(), pStart);
    boolean fullName = m.type() == Mention.Type.PERSON && (m.name().indexOf(' ') > 0 || m.role() != null);
    if (before == pStart) {
      return fullName ? Optional.of(c.resolve(m, null)) : Optional.empty();
    }
    if (isDash(t.charAt(before - 1)) && before - 1 > pStart && Words.isSpace(t.charAt(before - 2))
        || OPENERS.contains(wordBefore(t, before, pStart)) && moreFrom(t, before, pStart)) {
      return Optional.of(c.resolve(m, null));
    }
    return Optional.empty();
  }

  private static boolean opensWithCue(QuoteContext c, Mention m) {
    int e = Words.wordEnd(c.text(), m.start(), m.end());
    return e > m.start() && c.cueAt(m.start(), e, false) != null;
  }

  private static boolean isDash(char ch) {
    return ch == '-' || ch == '\u2013' || ch == '\u2014' || ch == '\u2015';
  }

  /** Whether {@code more} stands before the opener that ends at {@code end}: More from Jones. */
  private static boolean moreFrom(String t, int end, int limit) {
    int s = Words.wordStart(t, end, limit);
    return wordBefore(t, Words.skipSpacesBack(t, s, limit), limit).equals("more");
  }

  private static String wordBefore(String t, int end, int limit) {
    int s = Words.wordStart(t, end, limit);
    return s < end ? Words.norm(t.substring(s, end)) : "";
  }
}
