package org.newsquote.search;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a hit's text with the places the query matched, for a renderer to emphasise as it likes. Contains no
 * markup or terminal codes. When only metadata matched (e.g. {@code outlet:rt}), the snippet is the body's lead
 * sentence with no spans.
 *
 * @param text the passage
 * @param matches the matched stretches, in order, inside {@code text}
 */
public record Snippet(String text, List<MatchSpan> matches) {
  public Snippet {
    Objects.requireNonNull(text, "text");
    matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    for (MatchSpan m : matches) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException("match " + m + " lies beyond the text of length " + text.length());
      }
    }
  }
}
