package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsquote.ingest.IngestFixtures.read;
import static org.newsquote.ingest.IngestFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.model.Article;
import org.newsquote.model.ArticleField;
import org.newsquote.model.DateValue;

/** Plain text pages: headline, body without furniture, offsets back into the file, outlet and date rules. */
class TextFormatTest {
  @TempDir Path dir;

  private static final String MIRROR_PAGE =
      """
      World\u00a0 / \u00a0Europe

      Ministers agree on a new grain corridor

      Ships at anchor (Getty Images file photo)

      The ministers met in Ankara on Tuesday, a spokesman said.

      “We have a deal,” the spokesman told CNN.

      READ MORE: Earlier talks collapse

      Follow us on Telegram and X

      Leave a Reply

      Press TV’s website can also be accessed at the following alternate addresses:

      Some Roku channel
      """;

  @Test
  void recoversHeadlineBodyAndMirrorSignatureFromAScrapedPage() throws Exception {
    Path file = write(dir, "page.txt", MIRROR_PAGE);
    Article a = read(file).only();
    assertEquals("page", a.id());
    assertEquals("Ministers agree on a new grain corridor", a.title());
    assertEquals(
        "The ministers met in Ankara on Tuesday, a spokesman said.\n\n“We have a deal,” the spokesman told CNN.",
        a.text());
    assertEquals("Press TV", a.outlet());
    assertEquals("signature:press-tv-mirror", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("text:headline", a.decidedBy().get(ArticleField.TITLE));
    assertNull(a.date(), "'on Tuesday' alone dates nothing");
  }

  @Test
  void bodyOffsetsPointIntoTheSourceFile() throws Exception {
    Path file = write(dir, "page.txt", MIRROR_PAGE);
    Article a = read(file).only();
    String source = Files.readString(file);
    int quote = a.text().indexOf("“We have a deal,”");
    int at = a.sourceMap().toSource(quote);
    assertTrue(source.startsWith("“We have a deal,”", at), "offset " + at);
  }

  @Test
  void mentioningAnOutletInTheProseDoesNotMakeItTheOutlet() throws Exception {
    Article a =
        read(write(dir, "a.txt", "Talks stall\n\nThe envoy told CNN and Reuters that talks had stalled.\n\nSource\n"))
            .only();
    assertNull(a.outlet());
  }

  @Test
  void aPhotoAgencyCreditIsNotAnOutletButACopyrightFooterNamingTheSiteIs() throws Exception {
    Article credit =
        read(write(dir, "a.txt", "Talks stall\n\nThe envoy © Getty Images / Some Photographer\n\nTalks stalled on Friday.\n"))
            .only();
    assertNull(credit.outlet());
    assertEquals("Talks stalled on Friday.", credit.text());
    Article footer =
        read(write(dir, "b.txt", "Talks stall\n\nTalks stalled on Friday.\n\nBack to top\n\n© 2022 RT\n")).only();
    assertEquals("RT", footer.outlet());
    assertEquals("signature:copyright-footer", footer.decidedBy().get(ArticleField.OUTLET));
  }

  @Test
  void pageBannerAboveTheHeadlineIsNeitherTitleNorDate() throws Exception {
    String page =
        """
        32.1 C
        Thursday, May 23, 2024

        Bloc vows to grow its presence in the east

        The alliance has pledged to defend its members

        Its chief said so on Saturday.

        https://ift.tt/abc123 19, 2022 at 07:45PM
        from RT – Daily news

        Most Popular Articles
        """;
    Article a = read(write(dir, "banner.txt", page)).only();
    assertEquals("Bloc vows to grow its presence in the east", a.title());
    assertNull(a.date(), "the banner is the day the page was saved; the aggregator line lost its month");
    assertEquals("2022-??-19T19:45", a.metadata().get("date_partial"));
    assertEquals("RT", a.outlet());
    assertEquals("signature:rt-feed", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("The alliance has pledged to defend its members\n\nIts chief said so on Saturday.", a.text());
  }

  @Test
  void aggregatorLineWithItsMonthOrAMatchingDateInTheTextGivesTheTime() throws Exception {
    Article full =
        read(write(dir, "a.txt", "Headline here\n\nBody text.\n\nhttps://ift.tt/x February 19, 2022 at 07:45PM\n")).only();
    assertEquals(DateValue.ofTime(java.time.LocalDateTime.of(2022, 2, 19, 19, 45)), full.date());
    assertEquals("text:aggregator-line", full.decidedBy().get(ArticleField.DATE));
    Article inferred =
        read(write(dir, "b.txt", "Headline here\n\nOn February 19, 2022 it happened.\n\nhttps://ift.tt/x 19, 2022 at 07:45PM\n"))
            .only();
    assertEquals("2022-02-19T19:45:00", inferred.date().toIsoString());
    assertEquals("text:aggregator-line+month-from-text", inferred.decidedBy().get(ArticleField.DATE));
  }

  @Test
  void dateLabelBeforeTheHeadlineIsTheDateAndNotPartOfTheTitle() throws Exception {
    Article a = read(write(dir, "a.txt", " date 2022-02-03 Troops sent to Europe\n\nThe Pentagon said so.\n")).only();
    assertEquals("Troops sent to Europe", a.title());
    assertEquals(DateValue.ofDay(java.time.LocalDate.of(2022, 2, 3)), a.date());
    assertEquals("text:date-label", a.decidedBy().get(ArticleField.DATE));
  }

  @Test
  void leadDateTakesItsYearFromTheLatestDatedMention() throws Exception {
    String page =
        "No troops to be sent – chief\n"
            + "The chief told a channel on Jan. 25 that no troops would go.\n"
            + "Since the end of Oct. 2021, troops have massed at the border.\n";
    Article a = read(write(dir, "a.txt", page)).only();
    assertEquals("2022-01-25", a.date().toIsoString());
    assertEquals("text:lead-date+year-from-text", a.decidedBy().get(ArticleField.DATE));
    assertEquals("No troops to be sent – chief", a.title());
  }

  @Test
  void aFutureDateInTheLeadIsNotThePublicationDate() throws Exception {
    String page = "Summit planned\n\nLeaders will meet in Brussels on March 3, 2022 to talk.\n";
    assertNull(read(write(dir, "a.txt", page)).only().date());
  }

  @Test
  void wireDatelineGivesOutletAndDate() throws Exception {
    String page = "Oil prices rise\n\nLONDON, Feb 26 (Reuters) - Oil rose on Thursday after a cold week in Feb 1987.\n";
    Article a = read(write(dir, "a.txt", page)).only();
    assertEquals("Reuters", a.outlet());
    assertEquals("signature:reuters-dateline", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("1987-02-26", a.date().toIsoString());
    assertEquals("text:dateline+year-from-text", a.decidedBy().get(ArticleField.DATE));
  }

  @Test
  void sectionLabelAndRepeatedHeadlinesAreDroppedButTheStandfirstKept() throws Exception {
    String page =
        "News\n\nNo threat seen – US\n\nMoscow is “trapped”, he said.No threat seen – US\n\nNo threat seen – US\n\n"
            + "The US sees no threat.\n\nRead more\n\nA caption © Agency / Someone\nAnother related story (VIDEOS)\n\n"
            + "The end of the story.\n";
    Article a = read(write(dir, "a.txt", page)).only();
    assertEquals("No threat seen – US", a.title());
    assertEquals("Moscow is “trapped”, he said.\n\nThe US sees no threat.\n\nThe end of the story.", a.text());
  }

  @Test
  void bbcShapeFirstLineIsTheHeadline() throws Exception {
    Article a = read(write(dir, "sport/001.txt", "O'Driscoll/Gregan lead Aid stars\n\nIreland's captain will lead.\n")).only();
    assertEquals("O'Driscoll/Gregan lead Aid stars", a.title());
    assertFalse(a.text().contains("Gregan lead"));
  }

  @Test
  void sidecarMetadataOutranksTheText() throws Exception {
    write(dir, "a.txt", "Headline\n\nBody.\n\n© RT\n");
    write(dir, "a.txt.meta.json", "{\"outlet\": \"presstv.ir\", \"date\": \"2021-05-06\", \"author\": \"X\", \"id\": \"no\"}");
    Article a = read(dir).only();
    assertEquals("Press TV", a.outlet());
    assertEquals("sidecar:outlet", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2021-05-06", a.date().toIsoString());
    assertEquals("X", a.metadata().get("author"));
    assertEquals("a", a.id());
  }

  @Test
  void aMastheadRepeatedAtTheFootNamesTheOutletAndTheBylineDateIsTheDate() throws Exception {
    String page =
        """
        Valley Lantern — the county's own paper since 1950

        Home | County | Farms | Schools | Letters

        Mill on Clay Street reopens after flood repairs

        By Ruth Ambler, county reporter
        June 9, 2023

        The old mill on Clay Street reopened on Friday, four months after the river filled its ground floor.

        "We lost a season, but not the building," said its owner, Ned Pike.

        More from the Lantern: How the river rose so fast

        Valley Lantern — the county's own paper since 1950
        Subscribe | Contact us | Corrections
        """;
    Article a = read(write(dir, "mill.txt", page)).only();
    assertEquals("Mill on Clay Street reopens after flood repairs", a.title());
    assertEquals("Valley Lantern", a.outlet());
    assertEquals("signature:masthead-tagline", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2023-06-09", a.date().toIsoString());
    assertEquals("text:byline-date", a.decidedBy().get(ArticleField.DATE));
    assertEquals(
        "The old mill on Clay Street reopened on Friday, four months after the river filled its ground floor.\n\n"
            + "\"We lost a season, but not the building,\" said its owner, Ned Pike.",
        a.text());
  }

  @Test
  void aLineOnlyAtTheTopIsNoMastheadAndNamesNoOutlet() throws Exception {
    String page =
        """
        Valley Lantern — the county's own paper since 1950

        The old mill on Clay Street reopened on Friday.

        Its owner said the river had filled the ground floor.
        """;
    Article a = read(write(dir, "mill.txt", page)).only();
    assertNull(a.outlet());
    assertEquals("Valley Lantern — the county's own paper since 1950", a.title(), "unknown beats a guess");
  }

  @Test
  void aRightsReservedFooterNamesTheOutletAndTheBylineNoLongerHidesTheDateline() throws Exception {
    String page =
        """
        THE VALLEY LANTERN  |  County · Farms · Schools · Letters

        Farms / Weather

        Hail flattens barley across the lower valley

        By Ruth Ambler

        CLAYTON, July 14 (Valley Lantern) – Hail flattened barley on a dozen farms on Friday, the worst storm since a hailstorm in May 2023.

        Growers said most fields were insured.

        © 2023 The Valley Lantern. All rights reserved.
        """;
    Article a = read(write(dir, "hail.txt", page)).only();
    assertEquals("Hail flattens barley across the lower valley", a.title());
    assertEquals("The Valley Lantern", a.outlet());
    assertEquals("signature:rights-reserved-footer", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2023-07-14", a.date().toIsoString());
    assertEquals("text:dateline+year-from-text", a.decidedBy().get(ArticleField.DATE));
    assertTrue(a.text().startsWith("CLAYTON, July 14"), a.text());
  }

  @Test
  void withoutAFooterTheDatelineNamesTheNewsroom() throws Exception {
    String page =
        "Hail flattens barley\n\nCLAYTON, July 14 (Valley Lantern) – Hail flattened barley on Friday.\n\nGrowers were insured.\n";
    Article a = read(write(dir, "hail.txt", page)).only();
    assertEquals("Valley Lantern", a.outlet());
    assertEquals("signature:wire-dateline", a.decidedBy().get(ArticleField.OUTLET));
  }

  @Test
  void aDateLineWithItsLastUpdateIsDatedByThePublication() throws Exception {
    String page =
        """
        Home   /   Region

        Ferry fares to rise in spring

        Monday, 7 April 2025 4:40 PM  [ Last Update: Monday, 7 April 2025 6:02 PM ]

        Ferry fares will rise by a tenth from May, the operator said.
        """;
    Article a = read(write(dir, "ferry.txt", page)).only();
    assertEquals("2025-04-07T16:40:00", a.date().toIsoString());
    assertEquals("text:byline-date", a.decidedBy().get(ArticleField.DATE));
    assertEquals("Ferry fares will rise by a tenth from May, the operator said.", a.text());
  }
}
