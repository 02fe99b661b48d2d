package org.newsquote.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One direct quotation found in an article, with the speaker it is attributed to. Immutable.
 *
 * <p>Offsets are UTF-16 offsets into {@link Article#text()}: {@code start} at the opening quotation mark, {@code end}
 * just after the closing one. When one attribution covers several quoted stretches ({@code “A,” she said. “B.”}),
 * {@code text} joins them with a space and {@code start}/{@code end} span all of them.
 *
 * @param text the quoted words without the outer quotation marks, never blank
 * @param start offset of the opening mark in the article text
 * @param end offset just after the closing mark (or the end of the last quoted paragraph when it is left open)
 * @param speaker the speaker's canonical name within the article, or null when nobody can be named
 * @param role the speaker's role or title as the article gives it ({@code US National Security Council spokesman}),
 *     or null
 * @param cue the attribution verb or phrase ({@code said}, {@code told}, {@code according to}), or null
 * @param kind direct or partial
 * @param rule the name of the attribution rule that decided the speaker ({@code none} when none did)
 */
public record Quote(
    String text, int start, int end, String speaker, String role, String cue, QuoteKind kind, String rule) {

  public Quote {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("need 0 <= start <= end, got start=" + start + " end=" + end);
    }
    Objects.requireNonNull(kind, "kind");
    speaker = blankToNull(speaker);
    role = blankToNull(role);
    cue = blankToNull(cue);
    rule = rule == null || rule.isBlank() ? "none" : rule;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Optional<String> speakerIfKnown() {
    return Optional.ofNullable(speaker);
  }
}
