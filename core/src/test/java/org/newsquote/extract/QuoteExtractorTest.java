package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/** The whole extractor on the tricky shapes of news quoting, with our own sentences. */
class QuoteExtractorTest {
  private final QuoteExtractor ex = QuoteExtractor.standard();

  private Quote only(String text) {
    List<Quote> qs = ex.extract(text);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  @Test
  void pronounGoesToTheLastNamedPerson() {
    String text = "Coastguard chief Maria Olsen visited the port.\n\n“We saw nothing unusual,” she said.";
    Quote q = only(text);
    assertEquals("Maria Olsen", q.speaker());
    assertEquals("We saw nothing unusual,", q.text());
    assertEquals(text.indexOf('“'), q.start());
    assertEquals(text.indexOf('”') + 1, q.end());
  }

  @Test
  void surnameResolvesToTheFullName() {
    Quote q = only("Energy adviser Paul Whitcombe met them.\n\n“Costs are falling,” Whitcombe said.");
    assertEquals("Paul Whitcombe", q.speaker());
    assertEquals("cue-after", q.rule());
  }

  @Test
  void secondStretchAfterTheCueJoinsTheFirst() {
    Quote q = only("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”");
    assertEquals("We are ready, The trucks leave at dawn.", q.text());
    assertEquals("Hal Ortiz", q.speaker());
  }

  @Test
  void splittingKeepsStretchesApart() {
    List<Quote> qs = ex.splittingContinuations().extract("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”");
    assertEquals(2, qs.size());
    assertEquals("Hal Ortiz", qs.get(1).speaker());
    assertEquals("same-paragraph", qs.get(1).rule());
  }

  @Test
  void quotationOverParagraphsBritishStyle() {
    String text = "Ms Okoro said: \"The plan is sound.\n\n\"It will be paid for by savings.\"\n\nOthers disagreed.";
    Quote q = only(text);
    assertEquals("Okoro", q.speaker());
    assertTrue(q.text().contains("paid for by savings"));
  }

  @Test
  void pureQuotationParagraphContinuesThePreviousSpeaker() {
    String text = "“We will rebuild,” said Mayor Lina Berg.\n\n“Every house will be standing by winter.”";
    // one attribution (PolNeAR): the lone paragraph of quotation joins the one the cue attributed
    Quote q = only(text);
    assertEquals("Lina Berg", q.speaker());
    assertTrue(q.text().contains("Every house"), q::text);
    List<Quote> split = ex.splittingContinuations().extract(text);
    assertEquals(2, split.size());
    assertEquals("Lina Berg", split.get(1).speaker());
    assertEquals("previous-paragraph", split.get(1).rule());
  }

  @Test
  void partialQuoteInsideReportedSpeech() {
    Quote q = only("Senator Ruth Adair dismissed the report as “pure fiction” on Tuesday.");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("Ruth Adair", q.speaker());
  }

  @Test
  void nestedSingleQuotesStayInside() {
    Quote q = only("“They told us ‘wait’ and we waited,” Ben Carr said.");
    assertEquals("They told us ‘wait’ and we waited,", q.text());
  }

  @Test
  void guillemetsAreQuotes() {
    Quote q = only("«Nous restons ici», a dit Anne Roux. Nothing else.");
    assertEquals("Nous restons ici", q.text());
  }

  @Test
  void titlesAndScareQuotesAreLeftOut() {
    assertTrue(ex.extract("He appeared on “Morning Harbour Show” last week.").isEmpty());
    assertTrue(ex.extract("The so-called \"green tax\" returned.").isEmpty());
    assertTrue(ex.extract("See \"http://example.org/page\" for more.").isEmpty());
    // a letter that labels a class of shares or a plan, even where a speaker is named
    assertTrue(ex.extract("Harbour Holdings said it would pay 12 cts on class \"B\" stock.").isEmpty());
    assertEquals(1, ex.extract("Tom Berg said plan \"A\" had failed. \"We will try again,\" he said.").size());
  }

  @Test
  void aNoBreakSpaceBeforeTheMarkIsASpace() {
    // the show's title after "on" is left out whether a plain or a no-break space stands before its mark, and the
    // speech around it stays one quotation
    for (String space : List.of(" ", "\u00a0")) {
      String text = "“We were ready,” Mayor Lina Berg said on" + space + "“Harbour Morning Show.” “The boats left.”";
      Quote q = only(text);
      assertEquals("We were ready, The boats left.", q.text(), () -> "space " + (int) space.charAt(0));
      assertEquals("Lina Berg", q.speaker());
    }
    Quote trimmed = only("Ida Lund said: “The quays stay open.\u00a0”");
    assertEquals("The quays stay open.", trimmed.text());
  }

  @Test
  void linkLinesCiteWhatTheyLinkAndReportNoSpeech() {
    // a newsletter's roundup item: the linked story's headline and its opening, then the short link
    String roundup = "Our picks for the week follow.\n\nHARBOUR NEWS—\"Ferry line to add a night crossing to the"
        + " islands,\" by Gazette's Tom Reel: \"The ferry company will run a late boat from May, its owners said on"
        + " Tuesday.\" http://gaz.et/3xYz9.\n\nThe week ends quietly.";
    assertTrue(ex.extract(roundup).isEmpty(), () -> "quotes: " + ex.extract(roundup));
    // a pasted post with its picture link
    String post = "Night at the pier. \"Open the locks now\" on every banner pic.twitter.com/ab12Cd";
    assertTrue(ex.extract(post).isEmpty(), () -> "quotes: " + ex.extract(post));
    // a named speaker keeps the quote on a line with an address, and an unattributed sentence without one stays
    Quote q = only("Coach Ann Berg told the club's website www.example.org: \"We start again on Monday.\"");
    assertEquals("Ann Berg", q.speaker());
    assertEquals(1, ex.extract("The sign on the gate read \"No boats after dark, by order of the council.\"").size());
  }

  @Test
  void aShortLabelEndingInAColonIsPageFurniture() {
    String text = "“The quays stay open,” harbour master Ida Lund said.\n\n\"Related:\"\n\nFerry fares rise in May.";
    Quote q = only(text);
    assertEquals("Ida Lund", q.speaker());
    assertEquals(1, ex.extract("Ida Lund said: \"The plan has two parts: boats and quays.\"").size());
  }

  @Test
  void noQuotesNoWork() {
    assertTrue(ex.extract("Nothing quoted here. Just text.").isEmpty());
  }

  @Test
  void stretchAfterTheCueCommaCarriesTheFirstSpeaker() {
    Quote q = only("Port manager Lena Vogt spoke.\n\n“We open at six,” Ms. Vogt said, “and close when the ships are in.”");
    assertEquals("Lena Vogt", q.speaker());
    assertEquals("We open at six, and close when the ships are in.", q.text());
  }

  @Test
  void aLowerCaseStretchAfterALongCueClauseCarriesOnTheQuotedSentence() {
    Quote q = only("“The risk,” said Ana Ruiz, an economist who directs the forecasting unit of the harbour authority"
        + " in Port Elm, “is that the ships stop coming.”");
    assertEquals("Ana Ruiz", q.speaker());
    assertEquals("The risk, is that the ships stop coming.", q.text());
    // a surname ending in -ing is no participle
    assertEquals("Thieves are not clever, they just do what works.",
        only("“Thieves are not clever,” said Mr King, “they just do what works.”").text());

    List<Quote> two = ex.extract("“We will rebuild,” Mayor Ana Ruiz told the council in Port Elm on Monday, adding"
        + " that the quays “will not wait for the insurers to pay.”");
    assertEquals(2, two.size(), () -> "quotes: " + two);
  }

  @Test
  void aStateAbbreviationEndingTheCueSentenceDoesNotSplitTheSpeech() {
    Quote q = only("“The quays are full,” Mayor Ana Ruiz told reporters after a meeting in Albany, N.Y. “We need a second"
        + " harbour.”");
    assertEquals("Ana Ruiz", q.speaker());
    assertEquals("The quays are full, We need a second harbour.", q.text());
  }

  @Test
  void addingStartsItsOwnAttribution() {
    List<Quote> qs = ex.extract("“We open at six,” Lena Vogt said, adding, “The ships decide the rest.”");
    assertEquals(2, qs.size(), () -> "quotes: " + qs);
  }

  @Test
  void listOfEpithetsIsOneQuote() {
    Quote q = only("Senator Ray Dunmore called his rival a “serial fibber” and a “coward.”");
    assertEquals("serial fibber” and a “coward.", q.text());
    assertEquals("Ray Dunmore", q.speaker());
  }

  @Test
  void transcriptTurnGoesToItsLabel() {
    Quote q = only("Host Dana Whitlow spoke to the mayor.\n\n\"WHITLOW: Will the bridge reopen this year?\"");
    assertEquals("Dana Whitlow", q.speaker());
    assertEquals("transcript", q.rule());
  }

  @Test
  void colonAfterAWeakVerbIntroducesTheQuote() {
    String text = "Ben Aldous, a fisherman, was angry.\n\nAldous continued:\n\n\"Nobody asked us about the quota.\"";
    Quote q = only(text);
    assertEquals("Ben Aldous", q.speaker());
  }

  @Test
  void programmeNamesAfterABroadcasterAreNotQuotes() {
    List<Quote> qs = ex.extract("Gov. Tim Rourke said on NBC’s “Meet the Nation” that “the budget is balanced.”");
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    assertEquals("the budget is balanced.", qs.get(0).text());
  }

  @Test
  void objectOfToldIsNotTheSpeaker() {
    List<Quote> qs = ex.extract("The plan is “dead on arrival,” told Mark Benning in a letter.");
    assertTrue(qs.isEmpty() || !"Mark Benning".equals(qs.get(0).speaker()), () -> "quotes: " + qs);
  }

  @Test
  void fragmentsOfOneReportedClauseJoinButASecondCueOrPropositionSplits() {
    Quote q = only("Mayor Dana Fell said the plan was “reckless” when voters needed “a steady hand” this winter.");
    assertEquals("Dana Fell", q.speaker());
    assertTrue(q.text().contains("when voters needed"), q::text);

    List<Quote> two = ex.extract(
        "Mayor Dana Fell said the plan was “reckless,” adding that the council had been “asleep at the wheel.”");
    assertEquals(2, two.size(), () -> "quotes: " + two);

    List<Quote> props = ex.extract("Mayor Dana Fell noted that “the budget is balanced for the first time,” and that"
        + " “firm limits” would keep it so.");
    assertEquals(2, props.size(), () -> "quotes: " + props);
  }

  @Test
  void aCommaClosingAFragmentBeforeANewNamedSubjectSplitsTheFragments() {
    List<Quote> two = ex.extract("Mayor Dana Fell calls the harbour master “Mr. Voss,” while Voss calls the mayor"
        + " “Dana.”");
    assertEquals(2, two.size(), () -> "quotes: " + two);
    assertEquals("Mr. Voss,", two.get(0).text());

    Quote one = only("Mayor Dana Fell said the plan was “a mistake,” a “costly” one for the quays.");
    assertTrue(one.text().contains("costly"), one::text);
  }

  @Test
  void headlineFragmentTakesTheSpeakerOfTheBodyQuoteThatHoldsIt() {
    String text = "Harbour chief warns of ‘grim winter’ for fishing fleet\n\n"
        + "The harbour board met on Monday to review the season and the state of the quays along the coast, and members"
        + " spent most of the session on the fuel bill, which has doubled since the spring and now eats most of the"
        + " catch.\n\n"
        + "“We face a grim winter unless the fuel price falls,” harbour master Ines Kolar said.";
    List<Quote> qs = ex.extract(text);
    assertEquals(2, qs.size(), () -> "quotes: " + qs);
    assertEquals("grim winter", qs.get(0).text());
    assertEquals("Ines Kolar", qs.get(0).speaker());
    assertEquals("headline-echo", qs.get(0).rule());
  }

  @Test
  void dottedInitialsStayInTheName() {
    Quote q = only("“The vote was a disgrace,” Rep. T.J. Marlow (D-Ore.) said on Friday.");
    assertEquals("T.J. Marlow", q.speaker());
  }

  @Test
  void doubledConsonantCuesAndTextsThatRead() {
    Quote admitted = only("“I was wrong about the bridge,” Nora Quill admitted during the hearing.");
    assertEquals("Nora Quill", admitted.speaker());
    Quote reads = only("“The council has failed its residents,” reads the editorial in Sunday's paper.");
    assertEquals("editorial", reads.speaker());
    Quote commenter = only("Another commenter said, “We all know where this ends up.”");
    assertTrue(commenter.speaker() != null && commenter.speaker().contains("commenter"), commenter::toString);
  }

  @Test
  void participleCueTakesTheSentenceSubjectNotItsObject() {
    String text = "Hours later, Lena Voss thanked the mayor of Brill, telling Reuters, “We owe the town a great deal.”";
    Quote q = only(text);
    assertEquals("Lena Voss", q.speaker());
  }

  @Test
  void aNewSentenceAfterAFullStopIsNotTheQuotesCue() {
    String text = "Isla Roan said the papers were late. \"We have questions nobody has answered.\""
        + " Ministers insist the delays were caused by the weather.";
    Quote q = only(text);
    assertEquals("Isla Roan", q.speaker());
  }

  @Test
  void aFragmentWithItsOwnCueDoesNotTakeTheParagraphsSpeaker() {
    String text = "Minister Ewan Dale told BBC Radio's Morning Call programme: \"We acted in good faith.\" The Greens called"
        + " the deal \"a scandal\", while Sky Sports said little.";
    List<Quote> qs = ex.extract(text);
    assertEquals(2, qs.size(), () -> "quotes: " + qs);
    assertEquals("Ewan Dale", qs.get(0).speaker());
    assertEquals("Greens", qs.get(1).speaker().replace("The ", ""));
  }

  @Test
  void nounsThatLookLikeCuesAndGluedCues() {
    Quote states = only("Spokesman Ivo Rask said the Baltic states were \"preparing for a fight\".");
    assertEquals("Ivo Rask", states.speaker());
    Quote glued = only("The port is “closed for now”, Ivo Rask has saidThe port is shut");
    assertEquals("Ivo Rask", glued.speaker());
  }

  @Test
  void anInstitutionSigningAHeadlineSpeaksThroughItsSpokesman() {
    String text = "Talks are ‘going nowhere’ – Kremlin\n\n"
        + "Moscow sees little point in the next round of talks, officials said on Monday after a week of meetings that"
        + " produced no agreement on any of the points raised by either side, and no date for another round.\n\n"
        + "“We see no progress,” Kremlin spokesman Dmitry Peskov said.";
    List<Quote> qs = ex.extract(text);
    assertEquals("Dmitry Peskov", qs.get(0).speaker(), () -> "quotes: " + qs);
  }

  @Test
  void aRoleNounReferringBackToANamedOrganisation() {
    String text = "NATO moved two more battalions east on Monday.\n\n"
        + "“Allies are ready to defend every kilometre,” the alliance said in a statement.";
    Quote q = only(text);
    assertEquals("NATO", q.speaker());
  }

  @Test
  void aStatementSpeaksForTheSubjectThatIssuedIt() {
    Quote q = only("Mayor Hana Brill issued a statement calling the closure \"a betrayal of the valley\".");
    assertEquals("Hana Brill", q.speaker());
  }

  @Test
  void aNoBreakSpaceBetweenSentencesKeepsTheNextQuoteDirect() {
    Quote q = only("“We are ready,” Hal Ortiz said.\u00a0“The trucks leave at dawn.”");
    assertEquals("Hal Ortiz", q.speaker());
    assertTrue(q.text().contains("trucks"), q::text);
  }

  @Test
  void aLoneParagraphOfQuotationCarriesOnTheSpeechJustAttributed() {
    Quote q = only("“We are ready,” Hal Ortiz said.\n\n“The trucks leave at dawn.”");
    assertEquals("Hal Ortiz", q.speaker());
    assertTrue(q.text().contains("trucks"), q::text);
    assertEquals(2, ex.extract("“We are ready,” Hal Ortiz said.\n\n“The trucks leave at dawn,” he added.").size());
  }

  @Test
  void aLoneParagraphOfQuotationCarriesOnTheQuotationThatEndsThePreviousParagraph() {
    // the previous paragraph ends on a second stretch of the speech (“…,” X said. “…”): the lone paragraph of
    // quotation after it is still one attribution with it (PolNeAR)
    String text = "“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”\n\n“Nobody will be left behind.”";
    Quote q = only(text);
    assertEquals("Hal Ortiz", q.speaker());
    assertTrue(q.text().contains("Nobody"), q::text);
    assertEquals(3, ex.splittingContinuations().extract(text).size());
    // the previous paragraph goes on past its quotation: the speech was not what ended it
    assertEquals(2, ex.extract("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.” The depot closed.\n\n"
        + "“Nobody will be left behind.”").size());
    // a paragraph opened by the other style of mark is pasted text or a stray mark, not more of the speech
    assertEquals(2, ex.extract("“We are ready,” Hal Ortiz said. “The trucks leave at dawn.”\n\n"
        + "\"Nobody will be left behind.\"").size());
  }

  @Test
  void aWeakVerbClosingTheCueClauseStillAttributes() {
    String text = "Mayor Lina Berg spoke at the depot.\n\n“We will rebuild,” she continued.";
    Quote q = only(text);
    assertEquals("Lina Berg", q.speaker());
  }

  @Test
  void fragmentsLinkedByAConnectiveAreOneQuoteThoughNobodyIsNamed() {
    Quote q = only("On the radio the harbour fire was portrayed as “a simple maintenance failure” or “a deliberate act"
        + " of sabotage” on every channel.");
    assertEquals("a simple maintenance failure” or “a deliberate act of sabotage", q.text());
    assertEquals(null, q.speaker());

    List<Quote> two = ex.extract("The fire was called “a simple maintenance failure” at first. Or “a deliberate act of"
        + " sabotage” by the end of the week.");
    assertEquals(2, two.size(), () -> "quotes: " + two);
  }

  @Test
  void aTitleAfterTheNounNamingTheWorkIsNoQuote() {
    assertTrue(ex.extract("Harbour historian Ana Ruiz signed copies of her memoir, “Tides of Port Elm,” at the library.")
        .isEmpty());
    assertTrue(ex.extract("Ana Ruiz, who starred in the hit stage play “Salt and Rope Again,” said nothing.").isEmpty());
    Quote q = only("Ana Ruiz told the radio show that the plan was “A Disaster For Everyone In Port Elm.”");
    assertEquals("Ana Ruiz", q.speaker());
  }

  @Test
  void aNicknameInsideANameIsNoQuote() {
    List<Quote> qs = ex.extract("Senator Marla “Bee” Price said the vote was “a disgrace to the chamber.”");
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    assertTrue(qs.get(0).text().startsWith("a disgrace"), qs.get(0)::text);
  }

  @Test
  void aChantIsKeptThoughNobodyIsNamed() {
    List<Quote> qs = ex.extract("The hall erupted in chants of “USA! USA!” as the band played.");
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
  }

  @Test
  void theAllianceByItsLongNameIsNato() {
    Quote q = only("The reply of the North Atlantic Alliance reads: “We will keep the door open to new members.”");
    assertEquals("NATO", q.speaker());
    Quote q2 = only("“Our members stand together,” the North Atlantic Treaty Organization said.");
    assertEquals("NATO", q2.speaker());
  }
}
