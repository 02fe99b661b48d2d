package org.newsquote.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsquote.model.DateValue;

/** Single-line furniture rules: menus, bylines, date lines carrying an update stamp, "More from" links. */
class PageDebrisTest {
  private static String published(String line) {
    return PageDebris.publishedDate(line).map(DateValue::toIsoString).orElse("none");
  }

  @Test
  void aMenuBarIsThreeOrMoreShortItemsBetweenBarsOrDots() {
    assertEquals(PageDebris.MENU, PageDebris.kind("Home | Local | Weather | Letters"));
    assertEquals(PageDebris.MENU, PageDebris.kind("THE MORNING LAMP  |  Town · Farms · Schools"));
    assertEquals(PageDebris.MENU, PageDebris.kind("Donate • Newsletter • Write to the editors"));
  }

  @Test
  void aHeadlineWithOneBarOrSentenceItemsIsNotAMenu() {
    assertNull(PageDebris.kind("Mill town votes to reopen its library | Analysis"));
    assertNull(PageDebris.kind("The mayor spoke. | The crowd left. | Nothing changed."));
    assertNull(PageDebris.kind("Rates | the long view from the river towns of the lower valley | Notes | More"));
  }

  @Test
  void aBylineNamesAtLeastTwoCapitalisedWordsAfterBy() {
    assertEquals(PageDebris.BYLINE, PageDebris.kind("By Otto Lindqvist"));
    assertEquals(PageDebris.BYLINE, PageDebris.kind("By Otto Lindqvist and Mara Fenn"));
    assertEquals(PageDebris.BYLINE, PageDebris.kind("By Otto Lindqvist, farm affairs reporter"));
    assertNull(PageDebris.kind("By Friday the river had fallen by a metre."));
    assertNull(PageDebris.kind("By Friday evening"));
  }

  @Test
  void aDateLineWithAnUpdateStampIsDatedByItsFirstDate() {
    assertEquals(PageDebris.DATE_LINE, PageDebris.kind("Monday, 7 April 2025 4:40 PM  [ Last Update: Monday, 7 April 2025 6:02 PM ]"));
    assertEquals("2025-04-07T16:40:00", published("Monday, 7 April 2025 4:40 PM  [ Last Update: Monday, 7 April 2025 6:02 PM ]"));
    assertEquals("2025-04-07", published("April 7, 2025 | Updated April 8, 2025"));
    assertEquals("2025-04-07", published("7 April 2025"));
    assertEquals("none", published("The library was last updated in April 2025 after the flood."));
  }

  @Test
  void aMoreFromLinkIsFurniture() {
    assertEquals(PageDebris.READ_MORE_LINK, PageDebris.kind("More from the Lamp: Why the ferry still runs late"));
  }

  @Test
  void aDayFirstTimeKeepsItsAfternoon() {
    assertEquals("2025-04-07T16:40:00", DateParsing.parse("7 April 2025 4:40 PM").orElseThrow().toIsoString());
    assertEquals("2025-04-07T16:40:00", DateParsing.parse("7 April 2025 16:40").orElseThrow().toIsoString());
    assertTrue(DateParsing.parse("7 April 2025 16:40 PM").isEmpty(), "16 on a 12-hour clock");
  }
}
