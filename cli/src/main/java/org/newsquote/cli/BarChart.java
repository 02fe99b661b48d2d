package org.newsquote.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Monthly counts ({@code 2022-02}) with the months between the first and the last added at zero. */
  static List<Count> filledMonths(List<Count> months) {
    Map<YearMonth, Long> byMonth = new HashMap<>();
    try {
      for (Count c : months) {
        byMonth.put(YearMonth.parse(c.label()), c.count());
      }
    } catch (DateTimeParseException e) {
      return months; // labels we do not understand: draw them as they are
    }
    if (byMonth.isEmpty()) {
      return List.of();
    }
    YearMonth first = byMonth.keySet().stream().min(YearMonth::compareTo).orElseThrow();
    YearMonth last = byMonth.keySet().stream().max(YearMonth::compareTo).orElseThrow();
    List<Count> filled = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      filled.add(new Count(m.toString(), byMonth.getOrDefault(m, 0L)));
    }
    return filled;
  }

  /** Yearly counts ({@code 2022}) with the years between the first and the last added at zero. */
  static List<Count> filledYears(List<Count> years) {
    Map<Integer, Long> byYear = new HashMap<>();
    try {
      for (Count c : years) {
        byYear.put(Integer.parseInt(c.label()), c.count());
      }
    } catch (NumberFormatException e) {
      return years;
    }
    if (byYear.isEmpty()) {
      return List.of();
    }
    int first = byYear.keySet().stream().min(Integer::compare).orElseThrow();
    int last = byYear.keySet().stream().max(Integer::compare).orElseThrow();
    List<Count> filled = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      filled.add(new Count(String.format("%04d", y), byYear.getOrDefault(y, 0L)));
    }
    return filled;
  }
}
