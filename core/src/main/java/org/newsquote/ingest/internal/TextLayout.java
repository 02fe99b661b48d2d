package org.newsquote.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the metadata rules look at in an article's text: the lines classed as page furniture (with their kind), the
 * lead paragraph, and the body. Immutable.
 *
 * @param furniture the furniture lines in text order; outlet signatures only ever look here and at the lead
 * @param lead the first body paragraph (datelines, the lead's date)
 * @param body the whole body
 * @param tail the last few non-empty lines of the text as read, furniture or not
 */
public record TextLayout(List<Line> furniture, String lead, String body, List<String> tail) {
  /** How many closing lines {@link #tail()} holds. */
  public static final int TAIL_LINES = 3;

  /**
   * One furniture line.
   *
   * @param kind a {@link PageDebris} kind, or a contextual one ({@code date-label}, {@code byline-date},
   *     {@code date-banner}, {@code feed-label}, {@code footer}, {@code section-label}, {@code masthead})
   * @param text the line, trimmed
   */
  public record Line(String kind, String text) {}

  public TextLayout {
    furniture = List.copyOf(furniture);
    tail = List.copyOf(tail);
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The layout of a body given by explicit metadata (a JSON field, an HTML article): the body is kept whole, and its
   * lines that look like furniture on their own are offered to the rules.
   */
  public static TextLayout ofBody(String body, List<Line> extraFurniture) {
    List<Line> furniture = new ArrayList<>(extraFurniture);
    String lead = "";
    String previousKind = null;
    List<String> lines = new ArrayList<>();
    for (String raw : body.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      lines.add(line);
      String kind = PageDebris.kind(line);
      if (kind == null && PageDebris.AGGREGATOR.equals(previousKind) && line.startsWith("from ")) {
        kind = TextFormat.FEED_LABEL;
      }
      if (kind != null) {
        furniture.add(new Line(kind, line));
      } else if (lead.isEmpty()) {
        lead = line;
      }
      previousKind = kind;
    }
    return new TextLayout(furniture, lead, body, lastLines(lines));
  }

  /** The last {@link #TAIL_LINES} of {@code lines}. */
  public static List<String> lastLines(List<String> lines) {
    return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
  }
}
