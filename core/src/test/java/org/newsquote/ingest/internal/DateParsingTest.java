package org.newsquote.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquote.model.DateValue;

/** Metadata date strings keep the precision they state; text rules that need context. */
class DateParsingTest {
  private static String iso(String raw) {
    return DateParsing.parse(raw).map(DateValue::toIsoString).orElse("none");
  }

  @Test
  void keepsThePrecisionTheStringStates() {
    assertEquals("2022", iso("2022"));
    assertEquals("2022-02", iso("2022-02"));
    assertEquals("2022-02-03", iso("2022-02-03"));
    assertEquals("1987-02-26T15:01:01", iso("1987-02-26T15:01:01Z"));
    assertEquals("2022-02-19T19:45:00", iso("2022-02-19T19:45:00.123+03:00"));
    assertEquals("2022-02-19T19:45:00", iso("Sat, 19 Feb 2022 19:45:00 GMT"));
    assertEquals("2022-02-19", iso("February 19, 2022"));
    assertEquals("2022-02-19T19:45:00", iso("Feb. 19, 2022 at 07:45PM"));
    assertEquals("2024-05-23", iso("Thursday, May 23, 2024"));
    assertEquals("2022-02-19", iso("19 February 2022"));
    assertEquals("none", iso("sometime"));
    assertEquals("none", iso("2022-02-30"));
  }

  @Test
  void bylineDateUnderTheHeadlineIsUsedButNotOneAboveIt() {
    TextLayout below =
        new TextLayout(List.of(new TextLayout.Line(TextFormat.BYLINE_DATE, "March 4, 2021")), "Lead.", "Lead.", List.of());
    assertEquals("2021-03-04", DateFinder.find(below, null, new HashMap<>()).orElseThrow().value().toIsoString());
    TextLayout above =
        new TextLayout(List.of(new TextLayout.Line(TextFormat.DATE_BANNER, "March 4, 2021")), "Lead.", "Lead.", List.of());
    assertTrue(DateFinder.find(above, null, new HashMap<>()).isEmpty());
  }

  @Test
  void aggregatorMonthComesFromADatedUrl() {
    TextLayout layout =
        new TextLayout(
            List.of(new TextLayout.Line(PageDebris.AGGREGATOR, "https://ift.tt/x 19, 2022 at 07:45PM")), "Lead.", "Lead.", List.of());
    Found<DateValue> found = DateFinder.find(layout, "https://site.test/2022/02/19/story", new HashMap<>()).orElseThrow();
    assertEquals("2022-02-19T19:45:00", found.value().toIsoString());
    assertEquals("text:aggregator-line+month-from-url", found.rule());
  }

  @Test
  void noDatedMentionMeansNoYearIsInferred() {
    assertEquals(null, DateFinder.inferYear(1, 25, "Nothing dated here."));
    assertEquals(2022, DateFinder.inferYear(1, 25, "Since Oct. 2021 it went on."));
    assertEquals(2021, DateFinder.inferYear(11, 2, "Since Oct. 2021 it went on."));
  }
}
