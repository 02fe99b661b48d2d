package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorTest {
  private static final CliEnvironment TERMINAL = new CliEnvironment(Map.of(), true, true);
  private static final CliEnvironment TERMINAL_NO_COLOR = new CliEnvironment(Map.of("NO_COLOR", "1"), true, true);
  private static final CliEnvironment PIPED = CliEnvironment.piped(Map.of());

  @Test
  void autoColoursOnlyATerminalWithoutNoColor() {
    assertTrue(ColorMode.auto.enabled(TERMINAL));
    assertFalse(ColorMode.auto.enabled(PIPED));
    assertFalse(ColorMode.auto.enabled(TERMINAL_NO_COLOR));
  }

  @Test
  void emptyNoColorDoesNotCount() {
    assertTrue(ColorMode.auto.enabled(new CliEnvironment(Map.of("NO_COLOR", ""), true, true)));
  }

  @Test
  void explicitFlagsWin() {
    assertTrue(ColorMode.always.enabled(PIPED));
    assertTrue(ColorMode.always.enabled(TERMINAL_NO_COLOR));
    assertFalse(ColorMode.never.enabled(TERMINAL));
  }

  @Test
  void highlightMarksExactlyTheSpans() {
    String text = "the alliance said alliance";
    int[][] spans = {{4, 12}, {18, 26}};
    assertEquals(text, Render.highlight(Style.PLAIN, text, spans));
    String coloured = Render.highlight(Style.COLOR, text, spans);
    assertEquals("the \u001b[1;31malliance\u001b[0m said \u001b[1;31malliance\u001b[0m", coloured);
  }

  @Test
  void highlightFlattensLineBreaksAndClampsBadSpans() {
    assertEquals("a b", Render.highlight(Style.PLAIN, "a\n\nb", new int[][] {{0, 99}}));
  }

  @Test
  void codePointOffsetsCountAstralCharactersOnce() {
    String text = "😀 “hi”";
    assertEquals(2, Json.codePoints(text, 3)); // the smiley is two UTF-16 units, one code point
    assertEquals(6, Json.codePoints(text, text.length()));
    assertEquals(6, Json.codePoints(text, 999));
  }

  @Test
  void barsScaleToTheLargestCount() {
    assertEquals("█".repeat(10), BarChart.bar(5, 5, 10));
    assertEquals("█".repeat(5), BarChart.bar(5, 10, 10));
    assertEquals("▏", BarChart.bar(1, 1000, 10));
    assertEquals("", BarChart.bar(0, 10, 10));
  }

  @Test
  void timelineFillsEmptyMonthsAndYears() {
    var months = BarChart.filledMonths(List.of(new org.newsquote.search.Count("2022-11", 2),
        new org.newsquote.search.Count("2023-02", 1)));
    assertEquals(List.of("2022-11", "2022-12", "2023-01", "2023-02"),
        months.stream().map(org.newsquote.search.Count::label).toList());
    assertEquals(0, months.get(1).count());
    assertEquals(3, BarChart.filledYears(List.of(new org.newsquote.search.Count("2004", 5),
        new org.newsquote.search.Count("2006", 1))).size());
    assertTrue(BarChart.filledMonths(List.of()).isEmpty());
  }
}
