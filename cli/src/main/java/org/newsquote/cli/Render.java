package org.newsquote.cli;

import org.newsquote.model.DateValue;
import org.newsquote.model.IngestProblem;

/** Small text-rendering helpers shared by the text renderers. Stateless. */
final class Render {
  private Render() {}

  /**
   * One input problem as a line for stderr, as grep words its own: {@code newsquote: FILE[:LINE]: [warning: ]REASON}.
   */
  static String problem(IngestProblem problem) {
    String severity = problem.severity() == IngestProblem.Severity.WARNING ? "warning: " : "";
    return "newsquote: " + problem.source() + ": " + severity + problem.reason();
  }

  /** {@code Name (role)}, {@code Name}, or {@code (unattributed)}. */
  static String speaker(Style style, String speaker, String role) {
    String name = speaker == null ? "(unattributed)" : speaker;
    return style.speaker(name) + (role == null ? "" : " (" + role + ")");
  }

  /**
   * A date cut to its precision, or a placeholder. Plain-text output goes through here rather than {@link Json}, whose
   * ObjectMapper costs a cold start tens of milliseconds it does not need.
   */
  static String date(Style style, DateValue date) {
    return date(style, date == null ? null : date.toIsoString());
  }

  /** A date, or a placeholder of the same width when unknown. */
  static String date(Style style, String iso) {
    return style.date(iso == null ? "----------" : iso);
  }

  /** The outlet, or a placeholder. */
  static String outlet(Style style, String outlet) {
    return style.outlet(outlet == null ? "(unknown outlet)" : outlet);
  }

  /**
   * {@code text} with the UTF-16 ranges {@code spans} ([start, end) pairs, in order, non-overlapping) highlighted.
   * Newlines are flattened so that one snippet is one line.
   */
  static String highlight(Style style, String text, int[][] spans) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      int s = Math.max(at, Math.min(span[0], text.length()));
      int e = Math.max(s, Math.min(span[1], text.length()));
      sb.append(text, at, s).append(style.match(text.substring(s, e)));
      at = e;
    }
    sb.append(text, at, text.length());
    return sb.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** A snippet on one line with its matches highlighted. */
  static String snippet(Style style, org.newsquote.search.Snippet snippet) {
    int[][] spans = new int[snippet.matches().size()][];
    for (int i = 0; i < spans.length; i++) {
      var m = snippet.matches().get(i);
      spans[i] = new int[] {m.start(), m.end()};
    }
    return highlight(style, snippet.text(), spans).strip();
  }
}
