package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsquote.ingest.OutletSignatures.Match;
import org.newsquote.ingest.OutletSignatures.Scope;

/** The shipped signatures that may name an outlet no alias lists, and the table format's {@code =} column. */
class OutletSignaturesTest {
  private static final OutletSignatures STANDARD = OutletSignatures.standard();

  private static Optional<Match> match(Scope scope, String text) {
    return STANDARD.match(scope, text);
  }

  @Test
  void aClosingAllRightsReservedNoticeNamesItsPublisher() {
    assertEquals(
        Optional.of(new Match("The Valley Lantern", "signature:rights-reserved-footer")),
        match(Scope.TAIL, "© 2023 The Valley Lantern. All rights reserved."));
    assertEquals(
        Optional.of(new Match("Valley Lantern Media", "signature:rights-reserved-footer")),
        match(Scope.TAIL, "Copyright © 2019-2023 Valley Lantern Media, All Rights Reserved"));
    assertEquals("RT", match(Scope.TAIL, "© 2022 RT. All rights reserved.").orElseThrow().outlet(), "an alias is canonical");
  }

  @Test
  void aPhotoCreditOrACopyrightWithoutTheRightsClaimNamesNoOne() {
    assertTrue(match(Scope.TAIL, "© Getty Images / Ann Porter").isEmpty());
    assertTrue(match(Scope.TAIL, "© 2023 Pixel Agency").isEmpty());
    assertTrue(match(Scope.TAIL, "© Pixel Agency / Ann Porter. All rights reserved.").isEmpty());
  }

  @Test
  void aMastheadNamesTheSiteByItsLeadingName() {
    assertEquals(
        Optional.of(new Match("Valley Lantern", "signature:masthead-tagline")),
        match(Scope.MASTHEAD, "Valley Lantern — the county's own paper since 1950"));
    assertEquals(
        Optional.of(new Match("The Valley Lantern", "signature:masthead-name")),
        match(Scope.MASTHEAD, "The Valley Lantern"));
  }

  @Test
  void menuWordsOrALoneWordAreNoMasthead() {
    assertTrue(match(Scope.MASTHEAD, "Home — back to the front page").isEmpty());
    assertTrue(match(Scope.MASTHEAD, "Lantern").isEmpty());
    assertTrue(match(Scope.MASTHEAD, "Valley Lantern — county").isEmpty(), "a one-word tagline is a menu, not a masthead");
    assertTrue(match(Scope.FURNITURE, "Valley Lantern — the county's own paper since 1950").isEmpty(), "masthead scope only");
  }

  @Test
  void aWireDatelineNamesTheNewsroomThatFiledTheStory() {
    assertEquals(
        Optional.of(new Match("North Sea Wire", "signature:wire-dateline")),
        match(Scope.LEAD, "BERGEN, May 2 (North Sea Wire) – Fishing crews stayed in port on Friday."));
    assertEquals(
        Optional.of(new Match("Reuters", "signature:reuters-dateline")),
        match(Scope.LEAD, "BERGEN (Reuters) - Fishing crews stayed in port on Friday."));
    assertTrue(match(Scope.LEAD, "BERGEN, May 2 (UPDATED) – Fishing crews stayed in port.").isEmpty());
    assertTrue(match(Scope.LEAD, "Fishing crews (North Sea Wire) stayed in port.").isEmpty());
  }

  @Test
  void equalsColumnTakesTheGroupAsWrittenAndStarOnlyAKnownAlias() throws Exception {
    String table =
        "signature\tany\t=\tfurniture\t^Printed by (?<outlet>.+)$\n"
            + "signature\tknown\t*\tfurniture\t^Sent by (?<outlet>.+)$\n"
            + "alias\tlantern\tThe Valley Lantern\n";
    OutletSignatures own = OutletSignatures.parse(new StringReader(table), "test");
    assertEquals("Hill Press", own.match(Scope.FURNITURE, "Printed by Hill Press.").orElseThrow().outlet());
    assertEquals("The Valley Lantern", own.match(Scope.FURNITURE, "Printed by Lantern").orElseThrow().outlet());
    assertTrue(own.match(Scope.FURNITURE, "Sent by Hill Press").isEmpty());
    assertEquals("The Valley Lantern", own.match(Scope.FURNITURE, "Sent by lantern").orElseThrow().outlet());
  }

  @Test
  void aSignatureCannotBothNameItsOutletAndTakeAnyName() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutletSignatures.Signature("x", "Some Outlet", Scope.TAIL, Pattern.compile("(?<outlet>.+)"), true));
  }
}
