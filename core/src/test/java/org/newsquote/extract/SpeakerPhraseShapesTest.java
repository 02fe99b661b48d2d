package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Quote;

/**
 * Speaker phrases the role lists do not know, phrases between a speaker and the cue, and cues that share a subject:
 * each shape on sentences written for the test.
 */
class SpeakerPhraseShapesTest {
  private final QuoteExtractor ex = QuoteExtractor.standard();

  private Quote only(String text) {
    List<Quote> qs = ex.extract(text);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  @Test
  void descriptionBeforeTheCueIsTheSpeaker() {
    Quote q = only("“The ferry is late again,” the retired harbour pilot told reporters.");
    assertEquals("retired harbour pilot", q.speaker());
    assertEquals("tell", q.cue());
  }

  @Test
  void primaryQualifiesVotersLikeAnyModifier() {
    // primary voters: the place and party before 'primary' stay in the speaker phrase
    Quote q = only("About four in 10 Harbour County Republican primary voters say they want a “fighter.”");
    assertEquals("Harbour County Republican primary voters", q.speaker());
  }

  @Test
  void demonstrativeDescriptionBeforeTheCueIsTheSpeaker() {
    Quote q = only("“The harbour has never looked better,” this Mayor Lee impersonator declared at the fair.");
    assertEquals("Mayor Lee impersonator", q.speaker());
    assertEquals("declare", q.cue());
  }

  @Test
  void anOfficeNamedWithOfEndsWhereThePersonStarts() {
    // the office's last word is no part of the name, whether the phrase holds the office or follows it
    Quote inverted = only("“Exports are up,” said Secretary of Fisheries Tom Berg.");
    assertEquals("Tom Berg", inverted.speaker());
    assertEquals("Secretary of Fisheries", inverted.role());
    List<Quote> qs = ex.extract("Harbour Chancellor of the Exchequer Ana E. Reyes said rates would hold. "
        + "“We will not move,” Reyes said.\n\nComptroller of the Mint Tom Berg agreed. “Nor will we,” he said.");
    assertEquals("Ana E. Reyes", qs.get(0).speaker());
    assertEquals("Chancellor of the Exchequer", qs.get(0).role());
    assertEquals("Tom Berg", qs.get(1).speaker());
    // a body's name after of stays whole: no person is cut out of it
    Quote body = only("“The quota is a disgrace,” said the Federation of Harbour Fishing Industries.");
    assertEquals("Federation of Harbour Fishing Industries", body.speaker());
  }

  @Test
  void aBodyOrRoleThenUnknownRoleWordsThenTheNameAfterAnInvertedCue() {
    Quote body = only("“He will miss the final,” said Leith physio Tom Berg.");
    assertEquals("Tom Berg", body.speaker());
    assertEquals("Leith physio", body.role());
    Quote joined = only("“We are ready,” said chairman and chief harbourmaster Ana Reyes.");
    assertEquals("Ana Reyes", joined.speaker());
    Quote owner = only("“No plans are set,” said Reyes's agent Dale Hollis.");
    assertEquals("Dale Hollis", owner.speaker());
    // a full name already read is not replaced by what follows it
    Quote named = only("“We are ready,” said Ana Reyes yesterday.");
    assertEquals("Ana Reyes", named.speaker());
  }

  @Test
  void aHyphenedModifierBeforeANameIsNoPartOfIt() {
    List<Quote> qs = ex.extract("Actor Tom Berg won the prize. Celebrating, the Oscar-nominated Berg told reporters: "
        + "“It is new to me.”");
    assertEquals("Tom Berg", qs.get(0).speaker());
    assertEquals("Jean-Luc Hale", only("“We sail,” said Jean-Luc Hale.").speaker());
  }

  @Test
  void aTradeOpeningASentenceBeforeANameIsTheRole() {
    // capitalised only because it opens the sentence: the later surname and pronoun go to the name without it
    List<Quote> qs = ex.extract("Striker Tom Berg scored twice. “It was a good night,” Berg said.\n\n"
        + "Producer Ana Reyes agreed. “We sold out,” she said.\n\nVice-Chairman Dale Hollis was pleased. "
        + "“The figures are strong,” Hollis said.");
    assertEquals("Tom Berg", qs.get(0).speaker());
    assertEquals("Ana Reyes", qs.get(1).speaker());
    assertEquals("Dale Hollis", qs.get(2).speaker());
    assertEquals("Vice-Chairman", qs.get(2).role());
  }

  @Test
  void anOfficesFieldAndRankTellDescriptionsApart() {
    // the prime minister is not the deputy prime minister named last, nor the foreign secretary the home secretary
    List<Quote> qs = ex.extract("Prime Minister Ana Reyes opened the bridge with Deputy Prime Minister Tom Berg. "
        + "“It is a proud day,” the prime minister said.\n\nHome Secretary Dale Hollis was there too. "
        + "“We will need it,” the foreign secretary said.");
    assertEquals("Ana Reyes", qs.get(0).speaker());
    assertEquals("foreign secretary", qs.get(1).speaker());
  }

  @Test
  void aTitleNobodyHoldsIsTheSecondNameOfTheOneJustNamed() {
    Quote q = ex.extract("Ana Reyes has rejected the port plan.\n\n“It will not work,” the foreign secretary "
        + "told reporters.").get(0);
    assertEquals("Ana Reyes", q.speaker());
    // not when the sentence is another's report, the person holds another office, or a place tells them apart
    assertEquals("chancellor", ex.extract("Ana Reyes has failed the port, Tom Berg has said. “It is over,” the "
        + "chancellor said.").get(0).speaker());
    assertEquals("chancellor", ex.extract("Deputy Leader Tom Berg opened the port. “It is open,” the chancellor "
        + "said.").get(0).speaker());
    assertEquals("Leith striker", ex.extract("Tom Berg scored twice. “It was easy,” said the Leith striker.")
        .get(0).speaker());
  }

  @Test
  void theMarketsUnnamedSourcesAreDescriptions() {
    // wire copy's dealers, traders and bankers speak unnamed: the description, not "one"
    assertEquals("one dealer", only("“The krone was trendless,” said one dealer.").speaker());
    assertEquals("a senior banker", only("“Nothing has changed,” a senior banker said.").speaker());
    Quote at = only("“Rates will hold,” said a trader at Harbour Securities Ltd.");
    assertEquals(true, at.speaker().startsWith("a trader"), at::speaker);
  }

  @Test
  void plainWordsBetweenTheDeterminerAndTheHeadBelongToTheDescription() {
    assertEquals("One convertible dealer", only("One convertible dealer said: “We are waiting for the court.”").speaker());
    assertEquals("another senior bank official", only("“Swaps are possible,” another senior bank official said.")
        .speaker());
    // not across a name or a joining word: the clause before them is no description
    assertEquals("Tom Berg", only("Leith trailed by two points at the break and Tom Berg said: “We came back.”")
        .speaker());
  }

  @Test
  void theRestOfABodysNameAfterOfOrForIsNoPerson() {
    assertEquals("Tom Berg", ex.extract("Tom Berg, a director of the Institute for Coastal Economics, spoke in Leith."
        + "\n\n“Rates will fall,” he said.").get(0).speaker());
    // an office's holder after a field of two words, and a sentence that opens with But for, still name people
    assertEquals("Dale Hollis", ex.extract("Undersecretary of State for Harbour Affairs Dale Hollis spoke in Leith."
        + "\n\n“We sail,” he said.").get(0).speaker());
    assertEquals("Ana Reyes", ex.extract("But for Ana Reyes, a director at Harbour Labs, it is simple.\n\n"
        + "“It works,” she said.").get(0).speaker());
  }

  @Test
  void itIsTheOrganisationThatLastSpokeThroughACue() {
    Quote q = ex.extract("Harbour Freight Corp said it expects a good year for its ferries.\n\n"
        + "“We will grow in every port,” it said.").get(0);
    assertEquals("Harbour Freight Corp", q.speaker());
    // a person speaking in between stops the search: it is no longer the firm
    Quote none = ex.extract("Harbour Freight Corp said it expects a good year. Tom Berg said the figures were "
        + "strong.\n\n“We will grow in every port,” it said.").get(0);
    assertEquals(null, none.speaker());
  }

  @Test
  void heNeverStandsForATeam() {
    Quote q = ex.extract("Tom Berg has completed his takeover of Leith United. The 60-year-old bought a half share "
        + "of the club. He said: “It is a great club.”").get(0);
    assertEquals("Tom Berg", q.speaker());
  }

  @Test
  void theSubjectIsFoundPastAnOpeningConjunctionAndAnAside() {
    assertEquals("Tom Berg", ex.extract("But Tom Berg, speaking after a meeting with Dale Hollis, also admitted the "
        + "plan was late. He said: “We will catch up.”").get(0).speaker());
    assertEquals("Ana Reyes", ex.extract("Ana Reyes, a junior minister who worked for Dale Hollis, told the council "
        + "the tax was unfair.\n\n“It is a bad tax,” she said.").get(0).speaker());
    // not when the sentence is another's report
    assertEquals("Dale Hollis", ex.extract("Harbour Lines, which like all ferry firms has lost money, wants a "
        + "subsidy, Dale Hollis said.\n\n“We need help,” he said.").get(0).speaker());
  }

  @Test
  void heAfterAnUnnamedSubjectIsThatSpeaker() {
    assertEquals("A spokesman for Harbour Lines", ex.extract("Tom Berg owns the port. A spokesman for Harbour Lines "
        + "said the ferry was late. “We are sorry,” he said.").get(0).speaker());
    // a spokeswoman is no he
    org.junit.jupiter.api.Assertions.assertNotEquals("A spokeswoman for Harbour Lines", ex.extract("Tom Berg owns the "
        + "port. A spokeswoman for Harbour Lines said the ferry was late. “We are sorry,” he said.").get(0).speaker());
  }

  @Test
  void anOfficeWhoseFieldIsJoinedByAndEndsWhereThePersonStarts() {
    assertEquals("Dale Hollis", ex.extract("Director of the Office of Harbour Management and Budget Dale Hollis spoke "
        + "in Leith.\n\n“Taxes will not rise,” Hollis said.").get(0).speaker());
    assertEquals("Ana Reyes", ex.extract("Minister of Harbour Trade and Industry Ana Reyes spoke in Leith.\n\n"
        + "“It is fair,” she said.").get(0).speaker());
  }

  @Test
  void firstBeforeANameThatIsNoTitleOpensAFirmsName() {
    assertEquals("First Harbour", only("“Loans are sound,” First Harbour said.").speaker());
    Quote minister = only("“We will act,” First Minister Ana Reyes said.");
    assertEquals("Ana Reyes", minister.speaker());
    assertEquals("First Minister", minister.role());
  }

  @Test
  void aLowerCaseParticleStaysInsideAName() {
    // before and after the cue, and a later surname or pronoun goes back to the whole name
    List<Quote> qs = ex.extract("Fund chief Tomas de Arlo said the loan would help. “It is a fair deal,” he said."
        + "\n\n“We are ready,” said Ines van der Berk of the port board.\n\n“So are we,” Van der Berk added.");
    assertEquals("Tomas de Arlo", qs.get(0).speaker());
    assertEquals("Ines van der Berk", qs.get(1).speaker());
    assertEquals("Ines van der Berk", qs.get(2).speaker());
  }

  @Test
  void demonstrativeTimeAfterAnInvertedCueIsNoSpeaker() {
    Quote q = only("The ferries were cancelled. “We will sail again,” said this week.");
    assertEquals(null, q.speaker());
  }

  @Test
  void weekdayBetweenDeterminerAndNounQualifiesTheSpeaker() {
    Quote q = only("“The council has lost its nerve,” reads a Sunday editorial in the Harbour Gazette.");
    assertEquals("a Sunday editorial", q.speaker());
  }

  @Test
  void participleAndTimeBetweenATextAndItsCue() {
    Quote q = only("The judge was unconvinced. “The claim of harm is speculative,” the order released on Friday said.");
    assertEquals("order", q.speaker());
    assertEquals("say", q.cue());
  }

  @Test
  void capitalAfterAnExclamationStartsAnotherSentence() {
    Quote q = only("Children were yelling “pay up!” A campaign TV ad released Thursday accuses the mayor of greed.");
    assertEquals("Children", q.speaker());
  }

  @Test
  void descriptionKnownAsANameIsThatPerson() {
    Quote q = only("The pier stayed shut. “Nobody told us to stay,” said the night watchman known as Tobi, speaking for the first time.");
    assertEquals("Tobi", q.speaker());
    assertEquals("night watchman", q.role());
  }

  @Test
  void crowdOpeningTheClauseSpeaksItsParticiple() {
    Quote q = only("Hundreds of pro-Lee demonstrators crossed the bridge on Sunday, chanting “Keep the ferry,” as traffic stopped.");
    assertEquals("Hundreds of pro-Lee demonstrators", q.speaker());
    assertEquals("chant", q.cue());
  }

  @Test
  void crowdOpeningTheNearestClauseSpeaksItsParticiple() {
    Quote q = only("The trouble began at the town hall, when Ferry Party supporters interrupted the mayor, shouting “resign now!”");
    assertEquals("Ferry Party supporters", q.speaker());
  }

  @Test
  void invertedDescriptionReadsOnPastAnUnknownAdjective() {
    Quote q = only("“Nobody here wants a bridge,” said one unaligned Harbour County organizer.");
    assertEquals("one unaligned Harbour County organizer", q.speaker());
  }

  @Test
  void colonCueKeepsAQuestionBeforeTheNextSentencesCue() {
    Quote q = only("Mayor Ann Lee, tired, finally replied: “What difference does a ferry make?” Her critics cited it for weeks.");
    assertEquals("Ann Lee", q.speaker());
  }

  @Test
  void bareCueAfterOneIsANoun() {
    Quote q = only("Mayor Ann Lee spoke first. At one point, Lee coached the crowd to “keep the ferry running.”");
    assertEquals("Ann Lee", q.speaker());
  }

  @Test
  void surnameThatIsAFunctionWordStaysInTheName() {
    List<Quote> qs = ex.extract("“We lost three times,” said Al From, who founded the council.\n\n"
        + "Voters saw the party as “the party of big government,” From said.");
    assertEquals(2, qs.size(), () -> "quotes: " + qs);
    assertEquals("Al From", qs.get(0).speaker());
    assertEquals("Al From", qs.get(1).speaker());
  }

  @Test
  void descriptionAfterAnInvertedCueIsTheSpeaker() {
    Quote q = only("“We sold out by noon,” said the 52-year-old.");
    assertEquals("52-year-old", q.speaker());
  }

  @Test
  void descriptionSpeakerCarriesTheNextSentenceOfQuotation() {
    Quote q = only("“The nets were empty,” the veteran skipper said. “Nobody remembers a worse week.”");
    assertEquals("veteran skipper", q.speaker());
    assertEquals("The nets were empty, Nobody remembers a worse week.", q.text());
  }

  @Test
  void descriptionNeedsACueAfterIt() {
    List<Quote> qs = ex.extract("“The nets were empty.” The veteran skipper sailed home.");
    assertEquals(1, qs.size());
    assertEquals(null, qs.get(0).speaker());
  }

  @Test
  void phraseBetweenCommasBeforeTheCue() {
    Quote q = only("Farmer Ines Okafor spoke last. “It will not rain,” Okafor, after a long silence, said.");
    assertEquals("Ines Okafor", q.speaker());
  }

  @Test
  void coordinatedCueSharesTheSubject() {
    Quote q = only("Mayor Ann Lee praised the plan but described the budget as “wishful thinking.”");
    assertEquals("Ann Lee", q.speaker());
    assertEquals("describe", q.cue());
  }

  @Test
  void invertedCueInsideTheIntroducingClause() {
    Quote q = only("In the end, explained Ruth Amsel, “the rain won the match for us.”");
    assertEquals("Ruth Amsel", q.speaker());
  }

  @Test
  void participleAfterACommaIsNotAnInvertedCue() {
    Quote q = only("Judge Omar Field wrote a letter, saying he is “deeply troubled by the delays.”");
    assertEquals("Omar Field", q.speaker());
  }

  @Test
  void fullStopOfAnAbbreviationEndsTheCueSentence() {
    Quote q = only("“We can win,” said Sen. Maria Ortiz, D-N.M. “The map favours us.”");
    assertEquals("Maria Ortiz", q.speaker());
    assertEquals("We can win, The map favours us.", q.text());
  }

  @Test
  void phraseBetweenSubjectAndCueInReportedSpeech() {
    Quote q = only("Senator Maria Ortiz, for her part, is labeling the plan “a giveaway to landlords.”");
    assertEquals("Maria Ortiz", q.speaker());
  }

  @Test
  void phraseBetweenSubjectAndVerbForTheSentenceSubject() {
    Quote q = only("Maria Ortiz, celebrating a win in Taos, is pledging to “fix every road in the county.”");
    assertEquals("Maria Ortiz", q.speaker());
  }

  @Test
  void shortFragmentInReportedSpeechIsKeptWithoutASpeaker() {
    Quote q = only("When the plan was announced in March, it was widely described as “reckless.”");
    assertEquals("reckless.", q.text());
    assertEquals(null, q.speaker());
  }

  @Test
  void shortFragmentWithNoCueOrACapitalIsLeftOut() {
    assertEquals(List.of(), ex.extract("The dam was “safe” for decades."));
    assertEquals(List.of(), ex.extract("When the plan was announced, it was widely described as “Project Fear.”"));
  }

  @Test
  void colonClauseWithoutACueGivesItsSubject() {
    Quote q = only("Governor Lena Holm released the following statement:\n\n“We grieve with the families tonight.”");
    assertEquals("Lena Holm", q.speaker());
  }

  @Test
  void bareNameBeforeAColonLabelsTheQuote() {
    Quote q = only("Turnout is rising in the west.\n\n– Dana Whitfield: “The suburbs moved first this year.”");
    assertEquals("Dana Whitfield", q.speaker());
  }

  @Test
  void organisationNamedWithOfIsWholeBeforeTheCue() {
    Quote q = only("“We were never consulted,” the Muslim Council of Britain said.");
    assertEquals("Muslim Council of Britain", q.speaker());
  }

  @Test
  void organisationNamedWithOfIsWholeAfterTheCue() {
    Quote q = only("“Rates will stay where they are,” said the Bank of England.");
    assertEquals("Bank of England", q.speaker());
  }

  @Test
  void roleWithOfIsADescriptionNotAName() {
    Quote q = only("“The season starts late,” the head of FIFA said.");
    assertEquals("head of FIFA", q.speaker());
  }

  @Test
  void roleWithALowerCaseDomainBeforeANameIsTheRole() {
    Quote q = only("“The ferry will run,” said former secretary of state Dana Whitfield, who backs the plan.");
    assertEquals("Dana Whitfield", q.speaker());
    assertEquals("former secretary of state", q.role());
    assertEquals("Tom Okafor", only("“It is done,” said director of communications Tom Okafor.").speaker());
  }

  @Test
  void aNameQualifyingANounAfterAIsNoOneAPronounCanMean() {
    assertEquals("Dana Whitfield", only("Dana Whitfield is a Tom Okafor supporter from Leeds. “We will win,” she said.")
        .speaker());
    assertEquals("Dana Whitfield", only("Mayor Dana Whitfield, an Evening Standard columnist, spoke. “No,” she said.")
        .speaker());
  }

  @Test
  void aPronounAfterAQuotationOpeningItsSentenceIsThePreviousSentencesSubject() {
    // the last name before the pronoun is an object (Tom Okafor); the story goes on about its subject
    assertEquals("Dana Whitfield", only("Dana Whitfield has said she is glad to see the back of Tom Okafor."
        + " “He had a gift, but he wasted it,” she said.").speaker());
    assertEquals("Ravi Patel", only("Ravi Patel has criticised Tom Okafor. “It was a mistake,” he said.").speaker());
    // a participle or a possessive opening the sentence is not its subject: the last name stands
    assertEquals("Ravi Patel", only("Tom Okafor spoke first. Following Okafor on the radio, Ravi Patel disagreed."
        + " “It was a mistake,” he said.").speaker());
    assertEquals("Ravi Patel", only("Tom Okafor spoke first. Okafor’s plan was flawed, Ravi Patel said on Monday."
        + " “It was a mistake,” he said.").speaker());
    // Okafor's been saying: a contraction of has, so Okafor is the subject
    assertEquals("Tom Okafor", only("Ravi Patel spoke first. Tom Okafor’s been saying so for weeks."
        + " “It was a mistake,” he said.").speaker());
  }

  @Test
  void aRoleBeforeANameStaysInItsSentenceAndLeavesOutAConnective() {
    // the role a later surname mention takes from the person's first mention
    Quote q = only("Ravi Patel spoke first. But Harbour Party leader Dana Whitfield spoke too.\n\n“It is a fraud,”"
        + " Whitfield said.");
    assertEquals("Dana Whitfield", q.speaker());
    assertEquals("Harbour Party leader", q.role());
    q = only("He left the Harbour Trust. Harbour Party leader Dana Whitfield spoke.\n\n“It is a fraud,” Whitfield"
        + " said.");
    assertEquals("Harbour Party leader", q.role());
  }

  @Test
  void billBeforeASurnameIsAGivenNameNotARole() {
    Quote q = only("“The bridge will hold,” former governor Bill Okafor said.");
    assertEquals("Bill Okafor", q.speaker());
    assertEquals("former governor", q.role());
    assertEquals(null, only("“The bridge will hold,” Bill Okafor said.").role());
  }

  @Test
  void aBodysNameIsNotCutWhereAWordThatIsAlsoATitleStands() {
    assertEquals("Department for Harbours", only("The Department for Harbours said the pier was “unsafe.”").speaker());
    assertEquals("Department of Trade and Industry",
        only("The Department of Trade and Industry said the pier was “unsafe.”").speaker());
    assertEquals("National Association of Pier Officers",
        only("The National Association of Pier Officers said the pier was “unsafe.”").speaker());
    assertEquals("British Harbour Industry", only("The British Harbour Industry said the pier was “unsafe.”")
        .speaker());
    // people stay people: a role in capitals before a name, and two people joined by and
    assertEquals("Dana Whitfield", only("Harbour Council Chief Executive Dana Whitfield said the pier was “unsafe.”")
        .speaker());
    assertEquals("Tom Okafor", only("Dana Whitfield and Tom Okafor said the pier was “unsafe.”").speaker());
  }

  @Test
  void anArticleAloneIsNoRole() {
    assertEquals(null, new Attribution("Harbour Bank", "the", "say", true).role());
    assertEquals("the bank's chief", new Attribution("Ravi Patel", "the bank's chief", "say", false).role());
  }

  @Test
  void theLibDemsAreAPartyNotAPerson() {
    // a later he is the person named, never the party
    assertEquals("Ravi Patel", only("Ravi Patel attacked the plan. He said Lib Dem plans would fail, and the Lib"
        + " Dems agreed.\n\n“We will not back it,” he said.").speaker());
  }

  @Test
  void personOfAnOrganisationIsThePerson() {
    Quote q = only("“The bridge will hold,” Dana Whitfield of the Harbour Institute said.");
    assertEquals("Dana Whitfield", q.speaker());
    assertEquals("of the Harbour Institute", q.role());
  }

  @Test
  void personWritingForAnOutletIsThePerson() {
    Quote q = only("“The effect is still small,” wrote Cameron Easley for Morning Consult.");
    assertEquals("Cameron Easley", q.speaker());
  }

  @Test
  void plainWordsBetweenAModifierAndTheNameBelongToTheRole() {
    Quote q = only("“The tide has turned,” said former tech executive Mara Quist.");
    assertEquals("Mara Quist", q.speaker());
    assertEquals("former tech executive", q.role());
  }

  @Test
  void aPlainWordAfterARoleNounIsAVerbNotPartOfTheSpeaker() {
    Quote q = only("The hearing ran late. “Sit down,” said the judge, and the clerk put Reyes on the stand.");
    assertEquals("judge", q.speaker());
  }

  @Test
  void anIndefiniteDescriptionKeepsWhoItIsTiedTo() {
    Quote q = only("“He will not run again,” said a longtime adviser to Senator Ruth Ames.");
    assertEquals("a longtime adviser to Senator Ruth Ames", q.speaker());
    Quote chain = only("“It was a mistake,” said a former senior law enforcement official.");
    assertEquals("a former senior law enforcement official", chain.speaker());
    Quote close = only("“They are furious,” said one person close to the Hallorans.");
    assertEquals("one person close to the Hallorans", close.speaker());
  }

  @Test
  void anUnnamedSourceIsNamedByWhatItKnowsNotByTheThingKnown() {
    assertEquals("A source close to the harbour board",
        only("A source close to the harbour board said the pilots were “very worked up about it.”").speaker());
    assertEquals("Two people familiar with the port's internal inquiry", only("Two people familiar with the port's"
        + " internal inquiry said the intruders sought “shipping data.”").speaker());
    assertEquals("a person familiar with the matter",
        only("“The talks have stalled,” said a person familiar with the matter.").speaker());
    assertEquals("Another source familiar with Reyes’s thinking",
        only("Another source familiar with Reyes’s thinking said, “He will certainly try.”").speaker());
  }

  @Test
  void aCourtesyTitleNeverResolvesToAFullNameOfTheOtherSex() {
    assertEquals("Ivo Marsh", only("Ana Marsh said she was tired. Ivo Marsh said he agreed."
        + " “We will keep going with this,” Mr. Marsh said.").speaker());
    assertEquals("Ana Marsh", only("Ivo Marsh said he was tired. Ana Marsh said she agreed."
        + " “We will keep going with this,” Mrs. Marsh said.").speaker());
    assertEquals("Ana Marsh", only("Ana Marsh said she was tired. Later “We will keep going with this,” Mr. Marsh said.")
        .speaker());
  }

  @Test
  void aSurnameWithACourtesyTitleBeforeAnyFullNameIsSomeoneAPronounMayStandFor() {
    assertEquals("Marsh", only("The most telling promise Mrs. Marsh has made is that she will not overpromise."
        + " “We don't need any more of that,” she has said.").speaker());
    List<Quote> qs = ex.extract("Harbour board chairman Ana Reyes spoke on Monday.\n\n“Nobody should be put in"
        + " harm's way,” she said. Ms Reyes said the plan “changes everything.”");
    assertEquals("Ana Reyes", qs.get(0).speaker()); // a title of the other sex than a role tells: still her
    assertEquals("Ana Reyes", qs.get(1).speaker());
  }

  @Test
  void anUnnamedSpeakerTiedToANameByForOrOfIsNotThatName() {
    assertEquals("A spokesman for Ann Lee", only("A spokesman for Ann Lee quipped: “I guess the hall was booked.”")
        .speaker());
    assertEquals("a spokeswoman for Ann Lee",
        only("“The party was a total disaster,” a spokeswoman for Ann Lee said.").speaker());
    assertEquals("A friend of Ann Lee", only("A friend of Ann Lee said the party was “a total disaster.”").speaker());
    assertEquals("A spokesman for Harbour Watch", only("A spokesman for Harbour Watch, the biggest union, said after"
        + " the meeting: \"At least we are still talking.\" All sides are anxious, said correspondent Ivo Brandt.")
        .speaker());
    // a role tied by of to its domain before the name between commas stays that name's
    assertEquals("Ivo Brandt", only("The chairman of Harbour Watch, Ivo Brandt, said the plan was “a step back.”")
        .speaker());
  }

  @Test
  void aDoctorByAnyNameHeadsAnUnnamedSpeaker() {
    assertEquals("his longtime personal physician", only("According to his longtime personal physician, the mayor"
        + " had “astonishingly excellent” results.").speaker());
  }

  @Test
  void aDatelineIsNoPartOfTheFirstSentencesSubject() {
    assertEquals("The Harbour Board", only("PORTLAND, July 25 (UPI) — The Harbour Board released a statement on Monday,"
        + " offering “a deep and sincere apology” to the pilots.").speaker());
    assertEquals("Ann Lee", only("LEEDS — Ann Lee on Monday called the levy “a disgrace.”").speaker());
  }

  @Test
  void aDescriptionNeverRunsOnIntoItsCue() {
    Quote q = only("“Nobody listens,” the retired harbour pilot told Coast Radio in an interview.");
    assertEquals("retired harbour pilot", q.speaker());
  }

  @Test
  void aNameWithACourtesyTitleBetweenCommasAfterARoleIsTheSpeaker() {
    Quote q = only("But the chairman of Harbour Watch UK, Sir Alan Marsh, said the ruling was a \"backward step\".");
    assertEquals("Alan Marsh", q.speaker());
  }

  @Test
  void aTitledOfPhraseIsNoPersonCalledThe() {
    Quote q = only("The Archbishop of Canterbury said: \"We pray for both of them.\"");
    assertEquals("Archbishop of Canterbury", q.speaker().replaceFirst("^The ", ""));
  }

  @Test
  void aTitledNameBetweenCommasAfterARoleWithOfIsTheSpeaker() {
    Quote q = only("The Anglican Bishop of Carlow, the Right Reverend Tom Hale, told the radio that voters should \"think twice\".");
    assertEquals("Tom Hale", q.speaker());
  }

  @Test
  void aModifierThatIsAlsoARoleNounStillLeadsToTheName() {
    Quote q = only("According to conservative talk radio host Ines Okafor, the plan reeks of “fear” and panic.");
    assertEquals("Ines Okafor", q.speaker());
  }

  @Test
  void aPartyAndStateInParenthesesBeforeTheCommaKeepTheName() {
    Quote q = only("After the vote, Sen. Ines Okafor (D-Ore.), said, “We are getting ready for the autumn.”");
    assertEquals("Ines Okafor", q.speaker());
    Quote noting = only("But Sen. Ivo Brandt (R-Utah), noting the size of the crowd, said, “Let me tell you, it is big.”");
    assertEquals("Ivo Brandt", noting.speaker());
  }

  @Test
  void anUnnamedSpeakerBeforeARelativeClauseIsTheSpeaker() {
    Quote q = only("One attendee, who spoke on the condition of anonymity, said the message was that “this is not over.”");
    assertEquals("One attendee", q.speaker());
  }
  @Test
  void anUnnamedSpeakerKeepsThePlaceOrPeopleItIsTiedTo() {
    assertEquals("a longtime adviser to both Lees",
        only("“We have work to do,” said a longtime adviser to both Lees, who asked not to be named.").speaker());
    assertEquals("a source at the Harbour station",
        only("“Nobody knew,” said a source at the Harbour station.").speaker());
    assertEquals("a report from the Port Authority's inspector general",
        only("“Records were lost,” according to a report from the Port Authority's inspector general.").speaker());
  }

  @Test
  void aSurnameThatIsAlsoATitleWordIsStillTheName() {
    assertEquals("Ines Pope", only("“We are working on it,” Ines Pope, deputy harbour adviser, said.").speaker());
    List<Quote> qs = ex.extract("Harbour governor Ivo King spoke first. “Rates will stay,” Mr King said. "
        + "“No change,” King added.");
    assertEquals(List.of("Ivo King", "Ivo King"), qs.stream().map(Quote::speaker).toList());
    assertEquals("Ivo Baron", only("Post Editor-in-Chief Ivo Baron wrote. “We publish,” said Baron.").speaker());
    // an office before Judge keeps it a title
    assertEquals("Ana Ruiz", only("“The motion fails,” District Judge Ana Ruiz said.").speaker());
  }

  @Test
  void aMembersLettersBeforeOrAfterTheNameAreNoPartOfIt() {
    assertEquals("Ines Okafor", only("“Sums do not add up,” Ines Okafor MP, the shadow chancellor, said.").speaker());
    assertEquals("Ivo Brandt", only("Green MSP Ivo Brandt said: “This vote will set the future.”").speaker());
    // a constituency before the letters names no one
    assertEquals("Ealing North MP", only("“It was a pretty horrible thing,” the Ealing North MP said.").speaker());
  }

  @Test
  void itAndTheyGoBackToADescribedSpeakerThatFits() {
    List<Quote> qs = ex.extract("“The harbour is a safe seat,” the newspaper admitted.\n\n“But the storm should be a call "
        + "to conscience,” it added.");
    assertEquals(List.of("newspaper", "newspaper"), qs.stream().map(Quote::speaker).toList());
    List<Quote> groups = ex.extract("“We are worried,” the groups say. They argue that the council should “lead by example.”");
    assertEquals(List.of("groups", "groups"), groups.stream().map(Quote::speaker).toList());
    // a person is never it
    List<Quote> person = ex.extract("“I am done,” the senator said.\n\n“It is over,” it added.");
    assertEquals(null, person.get(person.size() - 1).speaker());
  }
}
