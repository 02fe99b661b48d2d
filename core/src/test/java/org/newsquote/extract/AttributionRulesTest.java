package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Quote;

/** Each attribution rule alone, on sentences written for the test. */
class AttributionRulesTest {
  private static final QuoteExtractor EX = QuoteExtractor.standard();

  private static Optional<Attribution> first(AttributionRule rule, String text) {
    List<QuoteContext> cs = EX.contexts(text);
    return rule.attribute(cs.get(0));
  }

  @Test
  void quotedAsSayingGivesTheQuoteToThePersonQuoted() {
    QuotedAsSayingRule rule = new QuotedAsSayingRule();
    assertEquals("Tom Berg", first(rule, "The Harbour Gazette quoted Tom Berg as saying: “We will sail.”")
        .orElseThrow().speaker());
    assertEquals("Ana Reyes", first(rule, "“The fleet is ready,” the agency quoted Ana Reyes as saying.")
        .orElseThrow().speaker());
    // a partial quote inside the reported words; a name closing a longer phrase; a description
    assertEquals("Tom Berg", first(rule, "The daily quoted Tom Berg as saying the port was “too small”.")
        .orElseThrow().speaker());
    assertEquals("Dale Hollis", first(rule, "“We must act,” the paper quoted harbour works director Dale Hollis "
        + "as saying.").orElseThrow().speaker());
    assertEquals("one trader", first(rule, "“It will pass,” Reuters quoted one trader as saying.")
        .orElseThrow().speaker());
    // no such phrase, or one that belongs to another quotation in between: nothing to decide
    assertTrue(first(rule, "The Gazette quoted the report. “We will sail,” Tom Berg said.").isEmpty());
    List<QuoteContext> two = EX.contexts("The paper quoted Tom Berg as saying “yes” and Ana Reyes said “no”.");
    assertEquals("Tom Berg", rule.attribute(two.get(0)).orElseThrow().speaker());
    assertTrue(rule.attribute(two.get(1)).isEmpty());
  }

  @Test
  void aSentenceThatClosesOnItsAttributionGivesItTheQuote() {
    SentenceEndCueRule rule = new SentenceEndCueRule();
    assertEquals("Tom Berg", first(rule, "The port was a “vital link” for the region, Mr Tom Berg said.")
        .orElseThrow().speaker());
    assertEquals("spokesman", first(rule, "It was “too early” to judge the season, the spokesman added.")
        .orElseThrow().speaker());
    // a pronoun there would go to the reported sentence's subject; a cue before the quote reports it; a quote that
    // closes its own sentence; another quotation in between; a long clause after the verb
    assertTrue(first(rule, "But Ana Reyes had been “hurt” by the row, he added.").isEmpty());
    assertTrue(first(rule, "Tom Berg said the plan was “unfair”, the Gazette reported.").isEmpty());
    assertTrue(first(rule, "“We sail.” The fleet left, Tom Berg said.").isEmpty());
    assertTrue(first(rule, "The “old” quay and the “new” one, Tom Berg said.").isEmpty());
    assertTrue(first(rule, "The “old” quay closed, Tom Berg said after the storm had passed over the town.").isEmpty());
  }

  @Test
  void cueAfterReadsNameThenVerb() {
    Attribution a = first(new CueAfterRule(), "“The bridge will open in May,” Harriet Vane said.").orElseThrow();
    assertEquals("Harriet Vane", a.speaker());
    assertEquals("say", a.cue());
  }

  @Test
  void reportedSpeechNeverTakesTheObjectOfAGerundAfterTheQuote() {
    // of admitting new members: admit is a cue verb, but its -ing form here names what the policy does
    Optional<Attribution> a = first(new ReportedSpeechRule(),
        "The alliance, meanwhile, has refused to drop its longstanding ‘open-door policy’ of admitting new member"
            + " states.");
    assertTrue(a.isEmpty() || !"new member".equals(a.get().speaker()), a.toString());
    // a finite cue after the quote still names its subject
    assertEquals("Harriet Vane", first(new ReportedSpeechRule(),
        "The plan is “a disgrace” and “a folly,” Harriet Vane said.").orElseThrow().speaker());
  }

  @Test
  void cueAfterDeclinesASubjectSpokenToInThePassive() {
    // was asked, were told: the subject is the listener, so the quote before is not theirs
    assertTrue(first(new CueAfterRule(), "“The plan is wrong.” Harriet Vane was also asked about the bridge.")
        .isEmpty());
    assertTrue(first(new CueAfterRule(), "“The plan is wrong,” the ministers were told.").isEmpty());
    // the active verb still attributes
    assertEquals("Harriet Vane", first(new CueAfterRule(), "“Is the plan wrong?” Harriet Vane asked.")
        .orElseThrow().speaker());
  }

  @Test
  void cueAfterReadsInvertedVerbThenNameWithAppositive() {
    Attribution a = first(new CueAfterRule(),
        "“Prices will rise,” said Tom Okafor, a senior analyst at the bank.").orElseThrow();
    assertEquals("Tom Okafor", a.speaker());
    assertEquals("a senior analyst at the bank", a.role());
  }

  @Test
  void cueAfterReadsAnInvertedVerbThenARoleNoListKnowsThenAName() {
    assertEquals("Tom Okafor", first(new CueAfterRule(),
        "“Thanks for welcoming them,” said master of ceremonies Tom Okafor, a local engineer.").orElseThrow().speaker());
    assertEquals("Tom Okafor", first(new CueAfterRule(), "“It was unfounded,” said 9/11 widow Tom Okafor.")
        .orElseThrow().speaker());
    assertTrue(first(new CueAfterRule(), "“It was unfounded,” said on Monday Tom Okafor’s lawyer.").map(Attribution::speaker)
        .filter("Tom Okafor"::equals).isEmpty());
  }

  @Test
  void aShortParagraphClosingTheQuotationWithANameSignsIt() {
    String signed = "Economists were asked.\n\n\"Growth will slow next year.\nTom Okafor, Harbour Institute.\"\n\nThen came the vote.";
    assertEquals("Tom Okafor", first(new CueAfterRule(), signed).orElseThrow().speaker());
    // without the closing mark the short paragraph is only the next sentence
    String next = "Economists were asked.\n\n\"Growth will slow next year.\nTom Okafor left the room.\n\nThen came the vote.";
    assertTrue(first(new CueAfterRule(), next).isEmpty());
  }

  @Test
  void cueAfterAcceptsCommaOutsideTheMarks() {
    Attribution a = first(new CueAfterRule(), "Mayor Ann Lee spoke. “We are ready”, Lee told reporters.").orElseThrow();
    assertEquals("Ann Lee", a.speaker());
  }

  @Test
  void cueAfterResolvesRoleToEarlierName() {
    String text = "Harbour spokesman Piet Mols spoke on Monday.\n\n“No ships will leave,” the spokesman stated.";
    Attribution a = first(new CueAfterRule(), text).orElseThrow();
    assertEquals("Piet Mols", a.speaker());
  }

  @Test
  void cueBeforeReadsColonIntroduction() {
    Attribution a = first(new CueBeforeRule(), "Mr Dale told the committee: \"We did nothing wrong.\"").orElseThrow();
    assertEquals("Dale", a.speaker());
  }

  @Test
  void cueBeforeTakesAPronounSubjectOfAColonClause() {
    String text = "Senator Ruth Ames spoke in Ohio.\n\nShe also played up her record on jobs: “Nobody has done more.”";
    Attribution a = first(new CueBeforeRule(), text).orElseThrow();
    assertEquals("Ruth Ames", a.speaker());
    String opener = "Senator Ruth Ames spoke in Ohio.\n\nAnd he is sure the plan works: “Nobody has done more.”";
    assertEquals("Ruth Ames", first(new CueBeforeRule(), opener).orElseThrow().speaker());
    // no one to resolve to, or no verb after the pronoun: the rule declines
    assertTrue(first(new CueBeforeRule(), "She also played up her record: “Nobody has done more.”").isEmpty());
  }

  @Test
  void aWhoClauseGivesItsCueToThePersonItHangsOn() {
    String gap = "Glenn Beck spoke. Beck, who has in the past described the plan as “a fraud” and worse, left.";
    assertEquals("Glenn Beck", first(new ReportedSpeechRule(), gap).orElseThrow().speaker());
    String dash = "Mayor Ann Lee - who previously said she would “never quit” - resigned.";
    assertEquals("Ann Lee", first(new ReportedSpeechRule(), dash).orElseThrow().speaker());
    String bare = "The best reply came from Rikkie Wells who tweeted, “Nobody reads the rules.”";
    assertEquals("Rikkie Wells", first(new CueBeforeRule(), bare).orElseThrow().speaker());
    // a that-clause or another cue between who and the verb: the verb has its own subject
    String that = "Beck, who wrote that the mayor described the plan as “a fraud,” left.";
    assertNotEquals("Beck", first(new ReportedSpeechRule(), that).map(Attribution::speaker).orElse(null));
  }

  @Test
  void aWeakVerbWithItsParticleClosingTheClauseIsACue() {
    String wentOn = "Mayor Ann Lee spoke.\n\n“It was fine,” Lee went on.";
    assertEquals("go", first(new CueAfterRule(), wentOn).orElseThrow().cue());
    String putIt = "As prosecutor Marc Duval put it, “there was not much to complain about.”";
    assertEquals("Marc Duval", first(new CueBeforeRule(), putIt).orElseThrow().speaker());
    String elaborated = "Mayor Ann Lee spoke.\n\n“The way I see it,” Lee elaborated.";
    assertEquals("elaborate", first(new CueAfterRule(), elaborated).orElseThrow().cue());
    // went on somewhere, put it somewhere: the clause goes on, so no cue
    assertTrue(first(new CueAfterRule(), "Mayor Ann Lee spoke.\n\n“It was fine,” Lee went on the radio.")
        .isEmpty());
    assertTrue(first(new CueBeforeRule(), "As Marc Duval put it in the box, “there was nothing.”").isEmpty());
  }

  @Test
  void theObjectBeforeAParticipleWithNoCommaIsNotItsSpeaker() {
    String listener = "The union spoke for its members. Her campaign quickly sent out an email to supporters stating, "
        + "“We will win this fight.”";
    assertEquals("Her campaign", first(new CueBeforeRule(), listener).orElseThrow().speaker());
    String document = "Mayor Ann Lee spoke. On Monday, Ann Lee emailed members saying: “The vote is on Friday.”";
    assertEquals("Ann Lee", first(new CueBeforeRule(), document).orElseThrow().speaker());
    // a one-word name after on is the medium, even when the article uses it in a longer name
    String medium = "Mayor Ann Lee joined a Harbour Chatterbox chat. Ann Lee replied to the question on Chatterbox "
        + "writing, “Yes, I will.”";
    assertEquals("Ann Lee", first(new CueBeforeRule(), medium).orElseThrow().speaker());
    // a named person before the participle is its subject; so is a document after other prepositions
    String footage = "Mayor Ann Lee spoke. The ad then cuts to footage of Tom Okafor saying, “We will win.”";
    assertEquals("Tom Okafor", first(new CueBeforeRule(), footage).orElseThrow().speaker());
    String after = "Tom Okafor did visit, but only after the newspaper’s editorial telling him, “come and see.”";
    assertNotEquals("Tom Okafor", first(new CueBeforeRule(), after).map(Attribution::speaker).orElse(null));
  }

  @Test
  void aBareVerbAfterAnArticleAndASingularWordIsANoun() {
    // the report said: “report” cannot be a verb after “the congressional”, so “said” is the cue
    String report = "Hackers struck.\n\n“The computer had been hacked,” the congressional report said.";
    assertTrue(first(new CueAfterRule(), report).isEmpty());
    Attribution a = first(new ReportedSpeechRule(), report).orElseThrow();
    assertEquals("say", a.cue());
    assertTrue(a.speaker().endsWith("report"), a.speaker());
    String order = "Mayor Ann Lee spoke. Then came an executive order “to protect privacy” for workers.";
    assertTrue(first(new ReportedSpeechRule(), order).isEmpty());
    // a plural-taking subject or a verb whose past is its bare form still reads as subject and verb
    String police = "Shots rang out.\n\n“Stay inside,” the local police order.";
    assertEquals("order", first(new CueAfterRule(), police).orElseThrow().cue());
    String read = "Mayor Ann Lee spoke. The campaign email read: “Give now.”";
    assertEquals("read", first(new CueBeforeRule(), read).orElseThrow().cue());
  }

  @Test
  void aCapitalisedPastOfSayingAfterAnAppositiveIsTheCue() {
    String tweeted = "Mayor Ann Lee spoke.\n\n“Not us!” Lee, the head of the council, Tweeted on Friday.";
    Attribution a = first(new CueAfterRule(), tweeted).orElseThrow();
    assertEquals("Ann Lee", a.speaker());
    assertEquals("tweet", a.cue());
    // a capital with no comma before it stays a name
    assertTrue(first(new CueAfterRule(), "Mayor Ann Lee spoke.\n\n“Not us!” Lee Tweeted on Friday.").isEmpty());
  }

  @Test
  void aParticipleRightAfterANounInsideTheSentenceIsNoCueAfter() {
    String text = "Ann Lee is describing as “unhinged” a Tom Okafor tweet attacking a former judge.";
    assertTrue(first(new CueAfterRule(), text).isEmpty());
    assertEquals("Ann Lee", first(new ReportedSpeechRule(), text).orElseThrow().speaker());
    // closing its sentence the quote still takes a cue after it
    assertEquals("Ann Lee", first(new CueAfterRule(), "Mayor Ann Lee spoke.\n\n“We won.” Lee said.")
        .orElseThrow().speaker());
  }

  @Test
  void asWithASpeakerAndACueAfterTheQuoteNamesItsSpeaker() {
    assertEquals("Tom Okafor", first(new CueAfterRule(),
        "Tom Okafor spoke. The plan is “dead on arrival,” as Okafor put it.").orElseThrow().speaker());
    assertEquals("Ann Lee", first(new CueAfterRule(),
        "Mayor Ann Lee spoke. The plan is “dead on arrival” as she said.").orElseThrow().speaker());
    // no cue after the phrase: a comparison, not an attribution
    assertTrue(first(new CueAfterRule(), "The plan is “dead on arrival,” as the report shows.").isEmpty());
  }

  @Test
  void theMainClauseNotAFrontedPhraseIntroducesAColonQuote() {
    String text = "With union leaders worried about turnout, Mayor Ann Lee is rolling out a new message: “It is about us.”";
    assertEquals("Ann Lee", first(new CueBeforeRule(), text).orElseThrow().speaker());
    // a main clause that names no one leaves the fronted cue to speak
    assertEquals("Tom Okafor", first(new CueBeforeRule(), "As Tom Okafor said in May, the plan is this: “Build it.”")
        .orElseThrow().speaker());
  }

  @Test
  void itWithNoEarlierSpeakerStandsForTheThingNamedJustBefore() {
    String text = "The council put out a statement on Monday. In cases of doubt, it said, “the tenant decides.”";
    Attribution a = first(new CueBeforeRule(), text).orElseThrow();
    assertEquals("statement", a.speaker());
    assertTrue(a.organisation());
    // nothing that speaks named before: it names no one
    assertEquals(null, first(new CueBeforeRule(), "Rain fell all day. Then it said, “the tenant decides.”")
        .map(Attribution::speaker).orElse(null));
  }

  @Test
  void cueBeforeNeedsAColonOrComma() {
    assertTrue(first(new CueBeforeRule(), "Mr Dale said nothing \"wrong\" happened.").isEmpty());
  }

  @Test
  void reportedSpeechTakesTheSubjectOfTheCue() {
    Attribution a = first(new ReportedSpeechRule(),
        "Port Minister Karin Holm noted that the fleet is “ready for any storm.”").orElseThrow();
    assertEquals("Karin Holm", a.speaker());
    assertEquals("Port Minister", a.role());
  }

  @Test
  void aFullNameAfterTheRoleOfAnInvertedCueIsTheSpeaker() {
    assertEquals("Piet Lund", first(new CueAfterRule(),
        "“We found no ties,” said the bureau's director, Piet Lund, on Monday.").orElseThrow().speaker());
    assertEquals("Piet Lund", first(new ReportedSpeechRule(),
        "The bureau did not find “ties of any consequence,” said the bureau's director, Piet Lund, on Monday.")
        .orElseThrow().speaker());
  }

  @Test
  void nowMayStandBetweenASpeakerAndTheCue() {
    assertEquals("Piet Lund", first(new ReportedSpeechRule(),
        "Karin Holm has repeatedly called for the files to be made public — even the ones Piet Lund now says are "
            + "“top secret.”").orElseThrow().speaker());
  }

  @Test
  void onlyMayStandBetweenASpeakerAndTheCue() {
    // 'only' belongs to the verb, not to the speaker phrase ('A harbour spokeswoman only' was the speaker before, and 'would only say' had none)
    // (the plain word between the determiner and the head stays in the description: A harbour spokeswoman)
    assertEquals("A harbour spokeswoman", first(new CueBeforeRule(),
        "A harbour spokeswoman would only say: \u201cThe ferry will sail when it is safe.\u201d").orElseThrow().speaker());
    assertEquals("A harbour spokeswoman", first(new CueBeforeRule(),
        "A harbour spokeswoman only said: \u201cThe ferry will sail when it is safe.\u201d").orElseThrow().speaker());
  }

  @Test
  void pluralsOfNewsroomRolesHeadASpeakerPhrase() {
    // 'reporters' was no role noun, so 'Many reporters' was no speaker phrase and the quote had none
    assertEquals("Many reporters", first(new CueBeforeRule(),
        "Many reporters noted on the radio the change from the usual harbour slogan, \u201cSail Safe Again.\u201d")
        .orElseThrow().speaker());
    assertEquals("Two editors", first(new CueBeforeRule(),
        "Two editors wrote in a joint letter: \u201cThe paper will not print it.\u201d").orElseThrow().speaker());
  }

  @Test
  void eachMayStandBetweenASpeakerAndTheCue() {
    // without it the cue 'called' had no subject and a later cue in the sentence named the wrong paper
    assertEquals("Harbour Post", first(new ReportedSpeechRule(),
        "Amid what the Daily Courier and Harbour Post each called a “rough week” for Berg, a story by the website "
            + "Tidings says that the council will meet.").orElseThrow().speaker());
  }

  @Test
  void aWhichClauseMayStandBetweenASpeakerAndTheCue() {
    assertEquals("The Harbour Board", first(new ReportedSpeechRule(),
        "The Harbour Board, which sent an observer to the talks, said it was “deeply concerned.”").orElseThrow()
        .speaker());
    assertEquals("One Club for Growth ad", first(new ReportedSpeechRule(),
        "One Club for Growth ad, which is currently airing, argues that “only the mayor can fix the port.”")
        .orElseThrow().speaker());
  }

  @Test
  void anAmpersandBetweenCapitalsStaysInsideTheName() {
    // AT&T was cut at the ampersand: the speaker was 'T spokesman', or none after an inverted cue
    assertEquals("an AT&T spokesman", first(new CueAfterRule(),
        "“We are reviewing the bill,” said an AT&T spokesman.").orElseThrow().speaker());
    assertEquals("An AT&T spokesman", first(new CueBeforeRule(),
        "An AT&T spokesman said: “We are reviewing the bill.”").orElseThrow().speaker());
  }

  @Test
  void aPluralNounAfterAPrepositionAndAnAdjectiveIsNoCue() {
    // orders after 'of executive' ends a noun phrase; the sentence's verb of saying is called
    assertEquals("Karin Holm", first(new ReportedSpeechRule(),
        "Mayor Karin Holm called the use of executive orders “quite dangerous.”").orElseThrow().speaker());
    assertEquals("Karin Holm", first(new ReportedSpeechRule(),
        "Mayor Karin Holm warned of terrorist attacks on “soft targets.”").orElseThrow().speaker());
  }

  @Test
  void reportedSpeechGivesANestedClauseToTheSentencesSpeaker() {
    // the cue nearest the quote belongs to a clause inside what the sentence's speaker says
    Attribution a = first(new ReportedSpeechRule(),
        "Mayor Karin Holm said Piet Lund reassured them that the harbour would be “ready for any storm.”")
        .orElseThrow();
    assertEquals("Karin Holm", a.speaker());
    Attribution b = first(new ReportedSpeechRule(),
        "Karin Holm says the board should act and that she expects Piet Lund to announce an “overhaul” soon.")
        .orElseThrow();
    assertEquals("Karin Holm", b.speaker());
    assertEquals("Karin Holm", first(new ReportedSpeechRule(),
        "Rep. Karin Holm (D-N.Y.) said Piet Lund reassured them that the harbour would be “ready for any storm.”")
        .orElseThrow().speaker());
    // a second clause with its own cue keeps its own speaker; a passive opening and a description do not speak
    assertEquals("Piet Lund", first(new ReportedSpeechRule(),
        "Karin Holm has insisted she made no deals, while Piet Lund says he will not let “gossip” win.")
        .orElseThrow().speaker());
    assertEquals("Piet Lund", first(new ReportedSpeechRule(),
        "The memo was revealed after Piet Lund warned the board against “demonising” the staff.")
        .orElseThrow().speaker());
    assertEquals("Piet Lund", first(new ReportedSpeechRule(),
        "Leaked documents have suggested Piet Lund branded the plan a “leap in the dark.”").orElseThrow().speaker());
  }

  @Test
  void aParticipleAfterATrailingCueTakesThatCuesSpeaker() {
    Attribution a = first(new CueBeforeRule(),
        "Karin Holm and the board will meet next week, Piet Lund said, adding, “They need to sit down.”").orElseThrow();
    assertEquals("Piet Lund", a.speaker());
    Attribution b = first(new ReportedSpeechRule(),
        "The board cannot rule on it, Piet Lund added, saying it should be “up to the court.”").orElseThrow();
    assertEquals("Piet Lund", b.speaker());
  }

  @Test
  void aCapitalAfterAnAbbreviationInsideTheSentenceIsNoCue() {
    // "State" after "U.S." is part of a name, not the verb "state" opening a new sentence
    assertTrue(first(new ReportedSpeechRule(),
        "Karin Holm invited the press to find the “missing” emails from her time at the U.S. State Department.")
        .map(Attribution::speaker).filter("U.S."::equals).isEmpty());
  }

  @Test
  void reportedSpeechReadsPastATimePhraseBetweenTheNameAndTheCue() {
    Attribution a = first(new ReportedSpeechRule(),
        "The harbour board was angry with Lund, whom Karin Holm on Tuesday called “a reckless skipper.”").orElseThrow();
    assertEquals("Karin Holm", a.speaker());
    assertEquals("call", a.cue());
    Attribution b = first(new ReportedSpeechRule(),
        "The vote was lost when Karin Holm in her closing speech described the quota as “unfair.”").orElseThrow();
    assertEquals("Karin Holm", b.speaker());
  }

  @Test
  void aTimePhraseNeverMakesAnObjectOrAParticipleTheSpeaker() {
    // the name after a verb and before "on … and" is the object; a participle after "in the race" has no subject there
    assertNotEquals("Piet Lund", first(new ReportedSpeechRule(),
        "Karin Holm scolded Piet Lund on trade and called him “a drifter.”").map(Attribution::speaker).orElse(null));
    assertNotEquals("Piet Lund", first(new ReportedSpeechRule(),
        "She welcomed having Piet Lund in the race and mocking “the little game” of the board.")
        .map(Attribution::speaker).orElse(null));
    assertNotEquals("Piet Lund", first(new ReportedSpeechRule(),
        "Supporters of Piet Lund on Monday called the plan “a disgrace.”").map(Attribution::speaker).orElse(null));
  }

  @Test
  void reportedSpeechReadsPastAnAsideBetweenDashes() {
    Attribution a = first(new ReportedSpeechRule(),
        "On Friday, Karin Holm — named by the board as its likely chair — told the paper that “it is an honour.”")
        .orElseThrow();
    assertEquals("Karin Holm", a.speaker());
    assertNotEquals("Piet Lund", first(new ReportedSpeechRule(),
        "A letter to Piet Lund — sent on Friday — said the plan was “unfair.”").map(Attribution::speaker).orElse(null));
  }

  @Test
  void anUnnamedSpeakerBeforeAParticipleAsideKeepsTheCue() {
    Attribution a = first(new ReportedSpeechRule(),
        "A senior official, speaking on the condition of anonymity, said Karin Holm “will not sign the deal.”")
        .orElseThrow();
    assertEquals("A senior official", a.speaker());
    assertEquals("say", a.cue());
  }

  @Test
  void reportedSpeechKeepsOrganisationsAsSpeakers() {
    Attribution a = first(new ReportedSpeechRule(),
        "Norway’s Fisheries Ministry described the quota as “a fair compromise.”").orElseThrow();
    assertEquals("Norway’s Fisheries Ministry", a.speaker());
    assertTrue(a.organisation());
  }

  @Test
  void headlineDashNamesTheSpeaker() {
    Attribution a = first(new HeadlineRule(), "Harbour ‘will stay open’ – Mols\n\nThe harbour stays open.")
        .orElseThrow();
    assertEquals("Mols", a.speaker());
  }

  @Test
  void previousParagraphSubjectGivesAPureQuotationParagraph() {
    String text = "Mayor Ann Lee is upbeat about the harvest this year.\n\n“The barns will be full by October.”";
    Attribution a = first(new PreviousParagraphSubjectRule(), text).orElseThrow();
    assertEquals("Ann Lee", a.speaker());
  }

  @Test
  void previousParagraphSubjectNeedsANamedSubjectAndAQuoteAlone() {
    assertTrue(first(new PreviousParagraphSubjectRule(),
        "The harvest looks good this year.\n\n“The barns will be full by October.”").isEmpty());
    assertTrue(first(new PreviousParagraphSubjectRule(),
        "Mayor Ann Lee is upbeat.\n\n“The barns will be full,” a farmer said on Monday.").isEmpty());
  }

  @Test
  void cueAfterReadsTheVerbsOfManner() {
    assertEquals("Harriet Vane", first(new CueAfterRule(), "“Get out of my office,” Harriet Vane barked.")
        .orElseThrow().speaker());
    assertEquals("proclaim", first(new CueAfterRule(), "“The harvest is saved,” proclaimed Tom Okafor.")
        .orElseThrow().cue());
    assertEquals("Tom Okafor", first(new CueAfterRule(), "“What a day for the town!” beamed Tom Okafor.")
        .orElseThrow().speaker());
  }

  @Test
  void shotBackIsACueButShotAloneIsNot() {
    Attribution a = first(new CueAfterRule(), "“That is simply untrue,” Harriet Vane shot back.").orElseThrow();
    assertEquals("Harriet Vane", a.speaker());
    assertEquals("shoot back", a.cue());
    assertTrue(first(new CueAfterRule(), "“Stop,” Harriet Vane shot the messenger.").isEmpty());
  }

  @Test
  void pointedOutAndTalksAboutAreCuesButNotAloneOrAfterAnObject() {
    Attribution a = first(new ReportedSpeechRule(),
        "Harriet Vane talks about “spoiling the party,” and voters cheer.").orElseThrow();
    assertEquals("Harriet Vane", a.speaker());
    assertEquals("talk about", a.cue());
    assertEquals("point out", first(new ReportedSpeechRule(),
        "Tom Okafor pointed out that the bridge was “years late.”").orElseThrow().cue());
    String t = "Tom Okafor pointed to the “years late” bridge and talks with the crew.";
    QuoteContext qc = EX.contexts(t).get(0);
    int p = t.indexOf("pointed");
    int k = t.indexOf("talks");
    assertEquals(null, qc.cueAt(p, p + 7, true)); // pointing at a thing says nothing
    assertEquals(null, qc.cueAt(k, k + 5, true));
    Attribution c = first(new ReportedSpeechRule(),
        "Tom Okafor recalled Harriet Vane talking about “spoiling the party.”").orElseThrow();
    assertEquals("Tom Okafor", c.speaker());
  }

  @Test
  void aDescriptionNoListKnowsOpeningItsClauseIsTheCuesSubject() {
    assertEquals("announcer", first(new CueBeforeRule(),
        "As a phone rang, the announcer said, “It is 3 a.m. and your children are asleep.”").orElseThrow().speaker());
    assertEquals("one employee", first(new CueBeforeRule(),
        "As one employee told the weekly paper, “She wants to put fear in our hearts.”").orElseThrow().speaker());
    // an object is no subject, a past form is a verb, and a cue word before a verb is a noun
    assertTrue(first(new CueBeforeRule(), "Tom Okafor thanked the crowd said, “Go home.”").map(Attribution::speaker)
        .filter("crowd"::equals).isEmpty());
    assertTrue(first(new CueBeforeRule(), "Another featured five photos telling “the story of the town.”")
        .map(Attribution::speaker).filter(sp -> sp.contains("photos")).isEmpty());
    assertNotEquals("media", first(new ReportedSpeechRule(),
        "The home secretary said that the media reports were not “well informed.”").orElseThrow().speaker());
  }

  @Test
  void aDescriptionsPlaceMustFitThePersonItResolvesTo() {
    assertEquals("Chris Christie", first(new CueAfterRule(), "Former Florida Gov. Jeb Bush spoke first. New Jersey "
        + "Gov. Chris Christie spoke next. Bush left.\n\n“It starts to pay off,” the New Jersey governor told reporters.")
        .orElseThrow().speaker());
    assertNotEquals("Jeb Bush", first(new CueAfterRule(), "Former Florida governor Jeb Bush spoke first.\n\n"
        + "“It starts to pay off,” the New Jersey governor told reporters.").orElseThrow().speaker());
    assertNotEquals("Mitt Romney", first(new CueAfterRule(), "The Republican presidential nominee Mitt Romney lost in"
        + " 2012. Mike Pence showed a clip.\n\n“Let me help you,” the Republican vice-presidential nominee said.")
        .orElseThrow().speaker());
  }

  @Test
  void aDescribedSubjectSpeaksThroughAParticipleAfterItsObject() {
    Attribution a = first(new CueBeforeRule(),
        "The Ohio governor emailed supporters saying: “The struggle continues” and vowed to compete.").orElseThrow();
    assertEquals("Ohio governor", a.speaker());
    assertEquals("say", a.cue());
  }

  @Test
  void theListenerAfterToIsNoSpeaker() {
    assertEquals("Another intelligence source", first(new CueBeforeRule(),
        "Another intelligence source speaking to Fox News said, “The agents are investigating.”").orElseThrow()
        .speaker());
    assertNotEquals("supporters", first(new CueBeforeRule(),
        "His campaign sent a text message to supporters saying: “We won.”").orElseThrow().speaker());
  }

  @Test
  void aPluralLikeAttacksAfterTheAndOneCapitalIsANoun() {
    String t = "After the Harbour attacks, Ann Berg released a radio ad calling it “reckless.” The Kremlin says it is “calm.”";
    QuoteContext qc = EX.contexts(t).get(0);
    int k = t.indexOf("attacks");
    assertEquals(null, qc.cueAt(k, k + 7, false)); // the Harbour attacks: a noun
    int k2 = t.indexOf("says");
    assertEquals("say", qc.cueAt(k2, k2 + 4, false)); // the Kremlin says: still a verb
    assertTrue(first(new ReportedSpeechRule(), t).map(Attribution::speaker).filter("Harbour"::equals).isEmpty());
  }

  @Test
  void aBareCueWordAfterARankWordIsANoun() {
    String t = "The death of Harbour Board deputy counsel Ola Dahl, which Ann Berg called “very odd,” is old news.";
    QuoteContext qc = EX.contexts(t).get(0);
    int k = t.indexOf("counsel");
    assertEquals(null, qc.cueAt(k, k + 7, false)); // deputy counsel: a noun
    assertTrue(first(new ReportedSpeechRule(), t).map(Attribution::speaker).filter(s -> s.contains("deputy")).isEmpty());
  }

  @Test
  void aPluralCueWordAfterOfAndACapitalIsANoun() {
    String t = "PolitiFact rated 32% of Republican claims as “false” while Republican claims it is “fair.”";
    QuoteContext qc = EX.contexts(t).get(0);
    int k = t.indexOf("claims");
    assertEquals(null, qc.cueAt(k, k + 6, true)); // of Republican claims: a noun
    int k2 = t.indexOf("claims", k + 6);
    assertEquals("claim", qc.cueAt(k2, k2 + 6, true)); // Republican claims it is: a verb
    assertTrue(first(new ReportedSpeechRule(), "PolitiFact rated 32% of Republican claims as “false.”")
        .map(Attribution::speaker).filter("Republican"::equals).isEmpty());
  }

  @Test
  void rememberedReportsAMemoryInWords() {
    Attribution a = first(new CueAfterRule(),
        "“An awful lot of analysts said no,” remembered Tom Okafor, the former spokesman.").orElseThrow();
    assertEquals("Tom Okafor", a.speaker());
    assertEquals("remember", a.cue());
  }

  @Test
  void thenNeverEndsASpeakersName() {
    assertEquals("Cheryl Mills", first(new CueAfterRule(), "“Why now?” Cheryl Mills then wrote.").orElseThrow().speaker());
  }

  @Test
  void aQuoteAfterAColonCueIsNotTheNextSentencesQuote() {
    String t = "Education minister Ann Lee said: “We will continue.” Shadow minister Tom Okafor said: “This is late.”";
    assertTrue(first(new CueAfterRule(), t).isEmpty());
    assertEquals("Ann Lee", first(new CueBeforeRule(), t).orElseThrow().speaker());
    assertEquals("Ann Lee", EX.extract(t).get(0).speaker());
  }

  @Test
  void aColonCueWithItsListenerKeepsItsQuoteFromTheNextSentence() {
    // the listener or setting between the cue and the colon does not undo the cue
    String t = "Tom Okafor watched the match. But he told the Harbour Gazette: “We need a keeper.” The Leith "
        + "manager refused to comment on the loss.";
    assertTrue(first(new CueAfterRule(), t).isEmpty());
    assertEquals("Tom Okafor", EX.extract(t).get(0).speaker());
    String reporters = "Celebrating, the veteran Ann Lee told reporters: “I am thrilled.” Tom Okafor said he was too.";
    assertTrue(first(new CueAfterRule(), reporters).isEmpty());
  }

  @Test
  void aCueNounAfterAPossessiveIsNotTheCue() {
    Attribution a = first(new ReportedSpeechRule(),
        "Harriet Vane told reporters that the mayor’s remarks were “deeply unfair.”").orElseThrow();
    assertEquals("Harriet Vane", a.speaker());
    Attribution b = first(new ReportedSpeechRule(),
        "Tom Okafor said Vane's claims about the budget were “simply wrong.”").orElseThrow();
    assertEquals("Tom Okafor", b.speaker());
  }

  @Test
  void aNamedSpeakersClaimThatStillAttributes() {
    Attribution a = first(new ReportedSpeechRule(),
        "Auditors checked Tom Okafor’s claim that the bridge was “built on time.”").orElseThrow();
    assertEquals("Tom Okafor", a.speaker());
    Attribution b = first(new ReportedSpeechRule(),
        "Voters doubted Harriet Vane’s pledge to deliver a “cleaner, greener” harbour.").orElseThrow();
    assertEquals("Harriet Vane", b.speaker());
  }

  @Test
  void sentenceSubjectIsNeverAnOpeningAdverbOrQuantifier() {
    assertTrue(first(new SentenceSubjectRule(), "Only weeks ago the council rejected the “green belt” plan.")
        .isEmpty());
    assertTrue(first(new SentenceSubjectRule(), "Perhaps the town needs a new “master plan” after all.").isEmpty());
    assertEquals("Harriet Vane", first(new SentenceSubjectRule(),
        "Harriet Vane rejected the plan as a “developers’ charter” on Monday.").orElseThrow().speaker());
  }

  @Test
  void aDescribedSubjectSpeaksWhenACueStandsInTheClause() {
    assertEquals("veteran senator", first(new SentenceSubjectRule(),
        "The veteran senator calmed the crowd and took a heckler in stride, saying he would “not get hurt” there.")
        .orElseThrow().speaker());
    // without a cue the sentence may quote someone else; a noun the phrase left out is no verb
    assertTrue(first(new SentenceSubjectRule(), "The veteran senator calmed the crowd on a “dark day.”").isEmpty());
    assertTrue(first(new SentenceSubjectRule(),
        "One news account described the board sitting “glumly” in the hall.").isEmpty());
  }

  @Test
  void sentenceSubjectIsNeverAnOpeningParticipleOrAdverb() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "The mayor spoke at noon.\n\nAppearing on local radio, Hana Lund described the plan as “a fair start.”\n\n"
            + "Immediately the council issued what it called a “final offer.”");
    assertEquals("Hana Lund", qs.get(0).speaker());
    assertNotEquals("Immediately", qs.get(1).speaker());
    List<Quote> much = QuoteExtractor.standard().extract("Much of the anger was aimed at what he called “a stitch-up.”");
    assertTrue(much.isEmpty() || much.get(0).speaker() == null || !much.get(0).speaker().equals("Much"));
  }

  @Test
  void labelNamesTheSpeakerBeforeAColon() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "TURNOUT FELL IN THE NORTH - Maria Olsen: “Fewer people voted than in any year since 1990.” [Post.]\n\n"
            + "More from Olsen: “The drop was sharpest among the young.”\n\n"
            + "Former mayor Ivo Brandt: “Nobody asked us.”");
    assertEquals("Maria Olsen", qs.get(0).speaker());
    assertEquals("label", qs.get(0).rule());
    assertEquals("Maria Olsen", qs.get(1).speaker());
    assertEquals("Ivo Brandt", qs.get(2).speaker());
    Quote topic = QuoteExtractor.standard().extract("Ferries: “A timetable for the winter.”").get(0);
    assertNotEquals("label", topic.rule());
  }

  @Test
  void labelNeverTakesAnObjectBeforeTheColon() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "The mayor had a message for Ivo Brandt: “Come back to the table.”");
    assertNotEquals("Ivo Brandt", qs.get(0).speaker());
    List<Quote> from = QuoteExtractor.standard().extract(
        "Ivo Brandt spoke about Lena Vogel, who is from Lisbon: “She is a very hostile witness.”");
    assertNotEquals("label", from.get(0).rule());
    List<Quote> note = QuoteExtractor.standard().extract(
        "Ivo Brandt was asked about the port.\n\nContinued Brandt: “It will close by winter.”");
    assertNotEquals("Continued Brandt", note.get(0).speaker());
  }

  @Test
  void signatureInTheNextParagraphNamesTheSpeaker() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Claims we checked this week.\n\n“Almost all new income is going to the top 1 percent.”\n\n- Lena Vogel.\n\n"
            + "The figures are disputed.");
    assertEquals("Lena Vogel", qs.get(0).speaker());
    List<Quote> wire = QuoteExtractor.standard().extract(
        "Lena Vogel spoke at the rally.\n\nShe then called a man in the crowd “my friend.”\n\n- Reuters.");
    assertNotEquals("Reuters", wire.get(0).speaker());
  }

  @Test
  void aPronounInsideAClauseTakesTheNamedSubjectOfItsSentence() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Mayor Ivo Brandt met Governor Lena Vogel on Monday.\n\n"
            + "Brandt praised the harbour plan and then turned to Mr Okafor, whom he described as “a tireless builder.”");
    assertEquals("Ivo Brandt", qs.get(0).speaker());
    List<Quote> opener = QuoteExtractor.standard().extract(
        "Ivo Brandt met Okafor on Monday.\n\nLooking ahead, he called the plan “a fair start.”");
    assertNotEquals("Looking", opener.get(0).speaker());
  }

  @Test
  void possessiveWordsNounGivesThePossessor() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Governor Lena Vogel was asked about the ferries.\n\nVogel’s answer was that “the harbour comes first,” "
            + "and she left.\n\nIvo Brandt’s response was: “Nobody believes that.”\n\n"
            + "Brandt’s campaign slogan in that race was “Ferries for all.”");
    assertEquals("Lena Vogel", qs.get(0).speaker());
    assertEquals("possessive-words", qs.get(0).rule());
    assertEquals("Ivo Brandt", qs.get(1).speaker());
    assertEquals("Ivo Brandt", qs.get(2).speaker());
    Quote judged = QuoteExtractor.standard().extract(
        "Ivo Brandt, head of the ferry union, said Lena Vogel's comment was \"ill-advised\".").get(0);
    assertEquals("Ivo Brandt", judged.speaker());
  }

  @Test
  void quotationBetweenAPossessiveAndANounForWordsIsThePossessors() {
    Attribution a = first(new PossessiveWordsRule(),
        "Ivo Brandt spoke first. Lena Vogel’s “ferries for all” promise was nearly as bold.").orElseThrow();
    assertEquals("Lena Vogel", a.speaker());
    // a cue before gives the word to its speaker; a noun that names no words gives nothing
    assertTrue(first(new PossessiveWordsRule(),
        "Ivo Brandt says the plan shows Lena Vogel's \"authoritarian\" response to the strike.").isEmpty());
    assertTrue(first(new PossessiveWordsRule(), "Lena Vogel’s “surge in the polls” and her money helped.").isEmpty());
  }

  @Test
  void aStatementNamesNoOneButItsIssuer() {
    Quote in = QuoteExtractor.standard().extract(
        "In a statement announcing the vote, the Harbour Workers Union called the deal a “betrayal.”").get(0);
    assertEquals("Harbour Workers Union", in.speaker());
    Quote issued = QuoteExtractor.standard().extract(
        "Following a short, late-night meeting, the Port Council issued a statement calling the strike “unlawful.”")
        .get(0);
    assertEquals("Port Council", issued.speaker());
  }

  @Test
  void theyInsideAClauseTakesTheGroupOpeningItsSentence() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "The Port Authority said on Monday that talks had failed.\n\n"
            + "Vogel’s campaign is seeking to contrast her plan with what they call the mayor’s “harbour fantasy.”");
    assertEquals("Vogel’s campaign", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aFragmentEndingItsSentenceKeepsItsOwnCue() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Norway insisted that the ferry company “stop its dangerous cuts.” The Port Authority said the cuts were “legal.”");
    assertEquals("Norway", qs.get(0).speaker());
  }

  @Test
  void aPronounOpeningItsSentenceContinuesThePreviousSentencesNamedSubject() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Governor Lena Vogel met Mayor Ivo Brandt in Bergen.\n\n"
            + "Vogel said at a stop in Oslo that the plan never helped Brandt or the Pell Fund.\n\n"
            + "She said it was “a harbour built on sand.”");
    assertEquals("Lena Vogel", qs.get(0).speaker());
    List<Quote> role = QuoteExtractor.standard().extract(
        "Lena Vogel spoke first.\n\nTory home affairs spokesman Ivo Brandt has called the plan a waste. "
            + "He said: “This has all the signs of a stitch-up.”");
    assertEquals("Ivo Brandt", role.get(0).speaker());
  }

  @Test
  void theObjectOfACriticismIsNeverItsSpeaker() {
    Quote q = QuoteExtractor.standard().extract(
        "Vogel has used the phrase “harbour fantasy” often this year, and criticized Brandt for the plan.").get(0);
    assertEquals("Vogel", q.speaker());
  }

  @Test
  void aCueInARelativeClauseTakesItsAntecedent() {
    Quote q = QuoteExtractor.standard().extract(
        "Harbour boss Ivo Brandt, who says he is “standing by” his remarks, met the union on Friday.").get(0);
    assertEquals("Ivo Brandt", q.speaker());
  }

  @Test
  void aDescribedSubjectSpeaksThroughItsParticiple() {
    Quote one = QuoteExtractor.standard().extract(
        "One operative inside the campaign tried to play it down, saying the row was “not a big deal.”").get(0);
    assertEquals("One operative", one.speaker());
    Quote owned = QuoteExtractor.standard().extract(
        "Amid calls from some members to name those who voted against the plan, Vogel’s campaign hit back, saying "
            + "it was time to “move on.”").get(0);
    assertEquals("Vogel’s campaign", owned.speaker());
  }

  @Test
  void billBeforeASurnameIsAGivenNameNotALaw() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Former President Bill Okafor toured Flint on Monday with Ana Okafor.\n\n"
            + "Later he stopped at a diner. “It is a crazy system,” Okafor said.");
    assertEquals("Bill Okafor", qs.get(0).speaker());
  }

  @Test
  void aMonthWrittenAsAGivenNameOrSurnameStaysInTheName() {
    Quote jan = QuoteExtractor.standard().extract(
        "Former governor Jan Brewer backed the plan on Jan. 5.\n\n“It will work,” Brewer said.").get(0);
    assertEquals("Jan Brewer", jan.speaker());
    Quote may = QuoteExtractor.standard().extract(
        "Theresa May met the unions.\n\n“We will act,” Mrs May said.").get(0);
    assertEquals("Theresa May", may.speaker());
  }

  @Test
  void heAndSheSkipAPersonTheArticleMarksAsOfTheOtherSex() {
    // a courtesy title before the name
    Quote title = QuoteExtractor.standard().extract(
        "Ms Ana Reyes chaired the talks with Mr Tom Berg.\n\n“We will go on,” she said.").get(0);
    assertEquals("Ana Reyes", title.speaker());
    Quote he = QuoteExtractor.standard().extract(
        "Tom Berg spoke after Dame Ana Reyes.\n\n“We will go on,” he said.").get(0);
    assertEquals("Tom Berg", he.speaker());
    // a gendered role noun, and a pronoun the article itself uses right after the name
    Quote role = QuoteExtractor.standard().extract(
        "Congresswoman Ana Reyes met Tom Berg, and Berg brought his aides.\n\n“We will go on,” she said.").get(0);
    assertEquals("Ana Reyes", role.speaker());
    Quote pronoun = QuoteExtractor.standard().extract(
        "Ana Reyes said her party would hold. Tom Berg said he disagreed.\n\n“We will go on,” she said.").get(0);
    assertEquals("Ana Reyes", pronoun.speaker());
    // a place, a building or a law is never he or she, nor a name the pronoun follows as an object's
    Quote thing = QuoteExtractor.standard().extract(
        "Tom Berg praised the Affordable Care Act in South Carolina.\n\n“It works,” he said.").get(0);
    assertEquals("Tom Berg", thing.speaker());
    Quote object = QuoteExtractor.standard().extract("Ana Reyes said her party would hold. Mr Tom Berg "
        + "beat Reyes in his county and thanked Reyes for his win.\n\n“We will go on,” she said.").get(0);
    assertEquals("Ana Reyes", object.speaker());
    // nothing told of either: the last person named, as before, unless one is the subject of the sentence before
    Quote unknown = QuoteExtractor.standard().extract(
        "The talks brought Ana Reyes and Tom Berg together.\n\n“We will go on,” she said.").get(0);
    assertEquals("Tom Berg", unknown.speaker());
    Quote subject = QuoteExtractor.standard().extract(
        "Ana Reyes met Tom Berg.\n\n“We will go on,” she said.").get(0);
    assertEquals("Ana Reyes", subject.speaker());
  }

  @Test
  void heAndSheNeverStandForACapitalisedRunAfterThe() {
    // an event, a show, a body written with the definite article is no person the pronoun may point back to
    Quote event = QuoteExtractor.standard().extract(
        "Ana Reyes will also run in the Harbour Classic in Leith next month.\n\n“I am ready,” she said.").get(0);
    assertEquals("Ana Reyes", event.speaker());
    Quote body = QuoteExtractor.standard().extract(
        "Tom Berg wrote to the Fenland Rowing Society last week.\n\n“We want a fair hearing,” he added.").get(0);
    assertEquals("Tom Berg", body.speaker());
    // a qualifier before the body's name (European, New) is no title that would make it a person
    Quote qualified = QuoteExtractor.standard().extract(
        "Tom Berg spoke on the European Harbour System.\n\n“It needs reform,” he said.").get(0);
    assertEquals("Tom Berg", qualified.speaker());
    // an office's "of the" ends in a person's name: still a person
    Quote office = QuoteExtractor.standard().extract(
        "Chancellor of the Exchequer Tom Berg spoke in Leith.\n\n“We want a fair hearing,” he added.").get(0);
    assertEquals("Tom Berg", office.speaker());
  }

  @Test
  void aPrepositionOpeningTheSentenceIsNoPartOfAName() {
    // Like Harbourlink, …: the run after the preposition is a thing, never a person he may stand for
    Quote like = QuoteExtractor.standard().extract("Tom Berg studies networks. Like Harbourlink, the new system shares "
        + "files freely.\n\n“It cannot stop abuse,” he said.").get(0);
    assertEquals("Tom Berg", like.speaker());
    Quote besides = QuoteExtractor.standard().extract("Besides Berg, the panel heard Ana Reyes.\n\n“It works,” "
        + "Reyes said.").get(0);
    assertEquals("Ana Reyes", besides.speaker());
  }

  @Test
  void aDescriptionByAgeGoesToThePersonTheReportIsAbout() {
    // the previous sentence's named subject
    Quote subject = QuoteExtractor.standard().extract(
        "Ana Reyes won her third title in Leith on Sunday.\n\n“I played well,” said the 23-year-old.").get(0);
    assertEquals("Ana Reyes", subject.speaker());
    // else the one the report names most, when that is also the one named last
    Quote most = QuoteExtractor.standard().extract("Tom Berg is set to race in Oslo, where Berg won last year. "
        + "The course suits him.\n\n“I like it,” said the 30-year-old.").get(0);
    assertEquals("Tom Berg", most.speaker());
    // when they differ (a rival named last), the description stays
    Quote rival = QuoteExtractor.standard().extract("Tom Berg beat Dale Hollis in Oslo, and Berg now meets Ana "
        + "Reyes. The final is on Sunday.\n\n“It will be hard,” said the 30-year-old.").get(0);
    assertEquals("30-year-old", rival.speaker());
  }

  @Test
  void theCompanyIsTheFirmTheReportOpensWith() {
    List<Quote> qs = QuoteExtractor.standard().extract("Harbour Marine Corp <HMC> said it had rejected an offer from "
        + "Dale Shipping Inc.\n\n“The offer is inadequate,” the company said.");
    assertEquals("Harbour Marine Corp", qs.get(0).speaker());
  }

  @Test
  void heAndSheNeverStandForAFirmNamedByItsLegalForm() {
    Quote ltd = QuoteExtractor.standard().extract(
        "Tom Berg met the board of Fenwick Marine Ltd on Monday.\n\n“We will grow,” he said.").get(0);
    assertEquals("Tom Berg", ltd.speaker());
    Quote andCo = QuoteExtractor.standard().extract(
        "Ana Reyes, an analyst with Dale Hollis and Co, expects a fall.\n\n“Prices are too high,” she said.").get(0);
    assertEquals("Ana Reyes", andCo.speaker());
    // a firm placed or owned by a hyphened participle (Leith-based, state-owned) is no person either
    Quote based = QuoteExtractor.standard().extract(
        "Tom Berg sold his stake to Leith-based Harbour Works.\n\n“We will grow,” he said.").get(0);
    assertEquals("Tom Berg", based.speaker());
    // the firm itself speaks as an organisation, so a later it may stand for it
    List<Quote> qs = QuoteExtractor.standard().extract(
        "“Orders are up,” Fenwick Marine Ltd said. “Profits will follow,” it added.");
    assertEquals("Fenwick Marine Ltd", qs.get(0).speaker());
    assertEquals("Fenwick Marine Ltd", qs.get(1).speaker());
  }

  @Test
  void aPronounSubjectSpeaksWhenItsClauseHasACue() {
    List<Quote> qs = QuoteExtractor.standard().extract(
        "Judge Ines Okafor took a short recess.\n\nShe began by saying the delay was “regrettable.”");
    assertEquals("Ines Okafor", qs.get(0).speaker());
  }
  @Test
  void aNamedSubjectBeforeALongAsideWithItsOwnCommasKeepsItsCue() {
    Attribution a = first(new ReportedSpeechRule(),
        "Tom Okafor, 22, of Leeds, Yorks., said the levy was “a disgrace.”").orElseThrow();
    assertEquals("Tom Okafor", a.speaker());
    Attribution b = first(new CueAfterRule(),
        "“It will not solve this,” Ann Lee, minister for ports, rivers, and canals, said on a call.").orElseThrow();
    assertEquals("Ann Lee", b.speaker());
    Attribution d = first(new ReportedSpeechRule(), "Ann Lee, a planner who once worked for Sen. Piet Mols (R-Tenn.),"
        + " one of the bill’s authors, called it “a landmark.”").orElseThrow();
    assertEquals("Ann Lee", d.speaker());
  }

  @Test
  void aLongAsideNeedsTheClauseToOpenOnTheName() {
    Attribution a = first(new ReportedSpeechRule(),
        "In Leeds, Yorks., on Monday, Tom Okafor said the levy was “a disgrace.”").orElseThrow();
    assertEquals("Tom Okafor", a.speaker());
  }
  @Test
  void chantingThankingReactingAndExhortingReportSpeech() {
    Attribution a = first(new ReportedSpeechRule(), "Some supporters chanted “Four more years!”").orElseThrow();
    assertEquals("Some supporters", a.speaker());
    assertEquals("chant", a.cue());
    Attribution b = first(new CueAfterRule(), "“What a week,” reacted Ann Lee.").orElseThrow();
    assertEquals("Ann Lee", b.speaker());
    Attribution d = first(new ReportedSpeechRule(), "Ann Lee thanked the crew for “keeping us all safe.”").orElseThrow();
    assertEquals("Ann Lee", d.speaker());
    assertEquals("thank", d.cue());
  }

  @Test
  void doOrDidBeforeTheCueStillLetsThePronounSpeak() {
    Attribution a = first(new ReportedSpeechRule(), "Ann Lee met the crew on Monday. While she did not name a date,"
        + " she did say the bridge would be “open by the spring.”").orElseThrow();
    assertEquals("Ann Lee", a.speaker());
    assertEquals("say", a.cue());
  }

  @Test
  void aQuoteClosingItsParagraphAfterASentenceAboutANamedPersonIsTheirs() {
    PreviousSentenceSubjectRule rule = new PreviousSentenceSubjectRule();
    Attribution a = first(rule, "Sen. Ann Lee identified the young as one reason for hope."
        + " “The younger people are sick and tired of it.”").orElseThrow();
    assertEquals("Ann Lee", a.speaker());
    // a quote that runs on into more of its paragraph, or a sentence opened by a lone capital, gives nobody
    assertTrue(first(rule, "Sen. Ann Lee identified the young as a reason. “They are tired.” The vote is on Monday.")
        .isEmpty());
    assertTrue(first(rule, "The panel made ten proposals. One was a call to amend the bill."
        + " “We accept that fishing should fall outside it.”").isEmpty());
  }

  @Test
  void aParticipleAfterTheQuoteNeverInvertsWithItsSpeaker() {
    assertTrue(first(new CueAfterRule(), "Ann Lee said, “It’s time we change how we do it,” adding the Harbour Board"
        + " will return to its roots.").isEmpty());
    assertTrue(first(new CueAfterRule(), "Ann Lee said, “It’s time we change how we do it,” promising the Friends of"
        + " Abe a return to its roots.").isEmpty());
    assertEquals("Ann Lee", first(new CueAfterRule(), "“It’s time we change how we do it,” said Ann Lee, promising"
        + " the Harbour Board a return to its roots.").orElseThrow().speaker());
  }
}
