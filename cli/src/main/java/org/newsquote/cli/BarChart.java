package org.newsquote.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsquote.search.Count;

/** Draws counts as horizontal bars in text, scaled so the largest fills the given width. Stateless. */
final class BarChart {
  private static final char FULL = '█';
  /** Eighths of a block, for bars that are not a whole number of columns. */
  private static final char[] PARTS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};

  private BarChart() {}

  /** One line per count: {@code label  bar  count}; a non-zero count always shows at least a sliver. */
  static List<String> lines(List<Count> counts, int width) {
    long max = counts.stream().mapToLong(Count::count).max().orElse(0);
    int labels = counts.stream().mapToInt(c -> c.label().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (Count c : counts) {
      String bar = bar(c.count(), max, width);
      lines.add(c.label() + " ".repeat(labels - c.label().length()) + "  " + bar
          + " ".repeat(Math.max(0, width - bar.length())) + " " + c.count());
    }
    return lines;
  }

  static String bar(long count, long max, int width) {
    if (count <= 0 || max <= 0) {
      return "";
    }
    long eighths = Math.max(1, Math.round((double) count * width * 8 / max));
    StringBuilder sb = new StringBuilder();
    sb.append(String.valueOf(FULL).repeat((int) (eighths / 8)));
    if (eighths % 8 != 0) {
      sb.append(PARTS[(int) (eighths % 8)]);
    }
    return sb.toString();
  }
}
