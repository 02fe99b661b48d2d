package org.newsquote.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * A transcript turn quoted whole: {@code “WALLACE: Let’s start with …”} is said by the capitalised name that labels
 * it. Immutable and thread-safe.
 */
public final class TranscriptRule implements AttributionRule {
  /** Longest speaker label, in chars ({@code SEN. ELIZABETH WARREN}). */
  private static final int MAX_LABEL = 40;

  @Override
  public String name() {
    return "transcript";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String content = c.content();
    int colon = content.indexOf(':');
    if (colon < 2 || colon > MAX_LABEL || colon + 1 >= content.length()
        || !Character.isWhitespace(content.charAt(colon + 1))) {
      return Optional.empty();
    }
    String label = content.substring(0, colon).strip();
    // the label is upper-case words only: transcripts shout the speaker's name, prose never does before a colon
    int letters = 0;
    for (int i = 0; i < label.length(); i++) {
      char ch = label.charAt(i);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return Optional.empty();
        }
        letters++;
      } else if (ch != ' ' && ch != '.' && ch != '-' && ch != '\'' && ch != '\u2019') {
        return Optional.empty();
      }
    }
    if (letters < 2) {
      return Optional.empty();
    }
    String name = titleCase(label);
    int at = c.start() + 1 + c.text().substring(c.start() + 1).indexOf(label);
    Mention m = new Mention(at, at + label.length(), lastWords(name), null, Mention.Type.PERSON,
        name.toLowerCase(Locale.ROOT));
    return Optional.of(c.resolve(m, "say"));
  }

  /** {@code SEN. ELIZABETH WARREN} → {@code Sen. Elizabeth Warren}. */
  private static String titleCase(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    boolean start = true;
    for (int i = 0; i < label.length(); i++) {
      char ch = label.charAt(i);
      sb.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch);
    }
    return sb.toString();
  }

  /** The name without a leading title word ({@code Sen. Warren} → {@code Warren}). */
  private static String lastWords(String name) {
    String[] parts = name.split(" ");
    int from = 0;
    while (from < parts.length - 1 && parts[from].endsWith(".")) {
      from++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
  }
}
