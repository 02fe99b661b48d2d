package org.newsquote.extract;

import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.Words;

/**
 * Reads cue verbs in an article's text: whether the word at an offset is a verb of saying (and its lemma) or a noun,
 * a name or an adjective spelt like one, judged from the words around it; and which words may stand between a speaker
 * and its cue. It holds only the article's text and read-only tables, so it is immutable; {@link QuoteContext} builds
 * one for each quote and, like it, does not share it between threads.
 */
final class CueReading {
  /** Words that may stand between a speaker phrase and its cue verb (Kirby has also said). */
  private static final Set<String> AUXILIARIES = Set.of(
      "has", "had", "have", "also", "later", "then", "once", "again", "previously", "recently", "earlier",
      "reportedly", "simply", "just", "flatly", "quickly", "repeatedly", "publicly", "privately", "further", "would",
      "will", "did", "does", "was", "is", "went", "on", "to", "told", "first", "often", "frequently", "famously",
      "bluntly", "angrily", "openly", "separately", "sarcastically", "explicitly", "specifically", "always", "never",
      "even", "already", "since", "subsequently", "now", "only", "each");

  private final String text;
  private final Sentences sentences;
  private final CueLexicon cues;

  CueReading(String text, Sentences sentences, CueLexicon cues) {
    this.text = text;
    this.sentences = sentences;
    this.cues = cues;
  }

  /** The cue lemma of the word at [from, to), or null; {@code strongOnly} drops verbs that need a phrase. */
  String cueAt(int from, int to, boolean strongOnly) {
    String w = text.substring(from, to);
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && midSentence(from)) {
      if (!cappedPastAfterComma(w, from)) {
        return null; // United States, Secretary of State: a capital inside a sentence is a name, not a verb
      }
      w = w.toLowerCase(java.util.Locale.ROOT);
    }
    String lemma = phrasalCue(w, to); // pointed out, talked about: the particle makes a weak verb report speech
    if (lemma == null) {
      lemma = cues.lemma(w);
    }
    if (lemma == null) {
      lemma = answeredBack(w, to); // shot back, fired back, hit back: a retort
    }
    if (lemma == null) {
      lemma = gluedCue(w); // has saidNATO is …: a scraped headline glued to the cue
    }
    if (lemma == null || (strongOnly && !cues.isStrong(lemma))) {
      return null;
    }
    if (lemma.equals("state") && w.equals("states") && statesIsNoun(from)) {
      return null; // the Baltic states, member states: a noun
    }
    if (afterDeterminer(from) && !ownedClaim(from, to)) {
      return null; // a Russian attack, his warning, the claim: a noun
    }
    if (w.endsWith("s") && !w.equals(lemma) && afterPrepositionAndAdjective(from)) {
      return null; // the use of executive orders, hundreds of terrorist attacks: a plural noun, not a verb
    }
    if (w.equals(lemma) && ROLE_ADJECTIVES.contains(previousWord(from))) {
      return null; // White House deputy counsel Vincent Foster, the chief warning: a noun after a rank word
    }
    if (w.endsWith("s") && PLURAL_NOUN_LEMMAS.contains(lemma) && afterTheAndOneCapital(from)) {
      return null; // the Paris attacks, the Trump comments: a plural noun qualified by a name, not a verb
    }
    if (w.equals(lemma) && !PAST_AS_BARE.contains(w) && afterOne(from)) {
      return null; // at one point, one claim: a bare verb cannot follow 'one' (one said, as one put it can)
    }
    if (w.equals(lemma) && !PAST_AS_BARE.contains(w) && afterSingularModifier(from)) {
      return null; // an executive order, the congressional report: a bare verb cannot follow a singular subject
    }
    if (lemma.equals("according to")) {
      int n = Words.skipSpaces(text, to, text.length());
      return text.startsWith("to ", n) ? lemma : null;
    }
    return lemma;
  }

  /**
   * {@code she went on.}, {@code as Trévidic put it,}: a weak verb at [from, to) followed by its particle and then
   * the clause's end ({@code limit}, a comma or a full stop) reports the quote; its lemma, else null.
   */
  String phraseCueAt(int from, int to, int limit) {
    String lemma = cueAt(from, to, false);
    String particle = cues.particleOf(lemma);
    if (particle == null) {
      return null;
    }
    int p = Words.skipSpaces(text, to, limit);
    int pe = Words.wordEnd(text, p, limit);
    if (pe == p || !text.substring(p, pe).equals(particle)) {
      return null;
    }
    int k = Words.skipSpaces(text, pe, limit);
    return k >= limit || text.charAt(k) == '.' || text.charAt(k) == ',' ? lemma : null;
  }

  /**
   * {@code Johnson talks about “spoiling the party”}, {@code the radioman pointed out that …}: pointing, talking
   * and speaking say nothing alone (pointed to the map, talks with donors), but with {@code out} or {@code about}
   * right after they report what someone said; the phrase's lemma, else null. A participle after a name or an
   * object pronoun is what that person was doing in someone else's account ({@code Rhodes recalled Mr. Obama
   * talking about …}), so no cue there.
   */
  private String phrasalCue(String w, int to) {
    String v = Words.norm(w);
    String lemma = cues.phrasalLemma(v);
    if (lemma == null || v.endsWith("ing") && afterObject(to - w.length())) {
      return null;
    }
    String particle = lemma.substring(lemma.indexOf(' ') + 1);
    int n = Words.skipSpaces(text, to, text.length());
    int e = n + particle.length();
    return text.startsWith(particle, n) && (e == text.length() || !Character.isLetter(text.charAt(e))) ? lemma : null;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us");

  /** Whether the word before {@code from} is a capitalised word or an object pronoun. */
  private boolean afterObject(int from) {
    int e = from;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Words.isWordChar(text.charAt(b - 1))) {
      b--;
    }
    return b < e && (Character.isUpperCase(text.charAt(b)) || OBJECT_PRONOUNS.contains(text.substring(b, e)));
  }

  private static final Set<String> RETORT_VERBS = Set.of("shot", "shoots", "shoot", "shooting", "fired", "fires",
      "fire", "firing", "hit", "hits", "hitting");

  /**
   * {@code “…,” she shot back}: a verb of shooting or hitting followed by {@code back} answers in words; alone it
   * reports nothing said, so only the pair is a cue.
   */
  private String answeredBack(String w, int to) {
    String v = Words.norm(w);
    if (!RETORT_VERBS.contains(v)) {
      return null;
    }
    int n = Words.skipSpaces(text, to, text.length());
    return text.startsWith("back", n) && (n + 4 == text.length() || !Character.isLetter(text.charAt(n + 4)))
        ? (v.startsWith("fir") ? "fire" : v.startsWith("hit") ? "hit" : "shoot") + " back" : null;
  }

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our",
      "my", "your", "this", "every", "any", "no", "another");

  /**
   * {@code Murphy, the head of Right to Rise USA, Tweeted on Friday}: a cue's past in -ed written with a capital right
   * after the comma that closes an appositive is still the verb (no name is spelt like a past of saying).
   */
  private boolean cappedPastAfterComma(String w, int from) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith("ed") || w.length() < 5 || !Character.isLowerCase(w.charAt(1))) {
      return false;
    }
    String lemma = cues.lemma(lower);
    if (lemma == null || lemma.equals(lower)) {
      return false;
    }
    int p = Words.skipSpacesBack(text, from, Math.max(0, from - 5));
    return p > 0 && p < from && text.charAt(p - 1) == ',';
  }

  /** Verbs whose past is their bare form: the email read, the president put it — verbs after a singular subject. */
  private static final Set<String> PAST_AS_BARE = Set.of("read", "put", "hit", "set", "cut", "let", "quit", "bid",
      "cast", "broadcast", "forecast", "spread", "shut", "bet", "upset");

  /** Singular-looking nouns that take a plural verb, and numbers: the police say, the two write, the team insist. */
  private static final Set<String> PLURAL_SUBJECTS = Set.of("police", "people", "men", "women", "children", "staff",
      "public", "team", "government", "committee", "council", "family", "party", "couple", "pair", "media", "press",
      "board", "jury", "audience", "crowd", "group", "panel", "majority", "minority", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "both", "few", "many", "others");

  /**
   * {@code an executive order}, {@code the congressional report said}: an article, then one lower-case singular word
   * (no -s, no auxiliary, no collective that takes a plural verb), right before the word at {@code from}. A verb in
   * its bare form there would not agree with its subject, so the word is the noun of a longer phrase.
   */
  private boolean afterSingularModifier(int from) {
    int lim = Math.max(0, from - 60);
    int e = Words.skipSpacesBack(text, from, lim);
    int ws = Words.wordStart(text, e, lim);
    if (ws >= e || !Character.isLowerCase(text.charAt(ws))) {
      return false;
    }
    String prev = text.substring(ws, e);
    if (prev.endsWith("s") || PLURAL_SUBJECTS.contains(prev) || isAuxiliary(ws, e)) {
      return false;
    }
    int e2 = Words.skipSpacesBack(text, ws, lim);
    if (e2 == ws) {
      return false; // a mark between: not one phrase
    }
    int ws2 = Words.wordStart(text, e2, lim);
    String prev2 = ws2 < e2 ? text.substring(ws2, e2) : "";
    return prev2.equals("a") || prev2.equals("an") || prev2.equals("the") || prev2.equals("The")
        || prev2.equals("An") || prev2.equals("A");
  }

  /** Rank words that qualify a role and never act as a subject: a bare cue word after one is a noun (deputy counsel). */
  private static final Set<String> ROLE_ADJECTIVES = Set.of("deputy", "special", "general", "chief", "legal",
      "associate", "senior", "independent", "outside");

  /** The word that ends right before {@code from} (spaces between only), or "" when a mark or nothing stands there. */
  private String previousWord(int from) {
    int lim = Math.max(0, from - 60);
    int e = Words.skipSpacesBack(text, from, lim);
    int ws = Words.wordStart(text, e, lim);
    return ws < e && e < from ? text.substring(ws, e) : "";
  }

  /**
   * Cue lemmas whose -s form after {@code the} and one capitalised word is a plural noun (the Paris attacks, the
   * Chinese comments), unlike says, warns, claims, insists there (the Pentagon says, The EU claims).
   */
  private static final Set<String> PLURAL_NOUN_LEMMAS = Set.of("attack", "comment", "remark", "call");

  /** {@code the Paris attacks}: the word at {@code from} follows {@code the} and exactly one capitalised word. */
  private boolean afterTheAndOneCapital(int from) {
    int lim = Math.max(0, from - 60);
    int e = Words.skipSpacesBack(text, from, lim);
    int ws = Words.wordStart(text, e, lim);
    if (ws >= e || e == from || !Character.isUpperCase(text.charAt(ws))) {
      return false;
    }
    int e2 = Words.skipSpacesBack(text, ws, lim);
    if (e2 == ws) {
      return false; // a mark between: not one phrase
    }
    int ws2 = Words.wordStart(text, e2, lim);
    return ws2 < e2 && (text.startsWith("the", ws2) || text.startsWith("The", ws2)) && e2 - ws2 == 3;
  }

  /** The word right before {@code from} is a lower-case {@code one}. */
  private boolean afterOne(int from) {
    int e = Words.skipSpacesBack(text, from, Math.max(0, from - 10));
    return e < from && e >= 3 && text.startsWith("one", e - 3) && (e == 3 || !Words.isWordChar(text.charAt(e - 4)));
  }

  /** Prepositions whose object is a noun phrase: after one and an adjective, an -s form is a plural noun. */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "for", "on", "about", "against", "with", "by",
      "from", "over");
  /** Endings of lower-case adjectives (executive, political, terrorist, incendiary). */
  private static final java.util.List<String> ADJECTIVE_ENDINGS = java.util.List.of("ive", "al", "ic", "ous", "ful",
      "ary", "ist");

  /**
   * {@code of executive orders}, {@code for additional attacks}: a preposition and a lower-case adjective before the
   * word at {@code from}, so the word ends a noun phrase and no subject stands before it.
   */
  private boolean afterPrepositionAndAdjective(int from) {
    int lim = Math.max(0, from - 60);
    int e = Words.skipSpacesBack(text, from, lim);
    int ws = Words.wordStart(text, e, lim);
    if (ws >= e || e == from || !Character.isLowerCase(text.charAt(ws))) {
      return false;
    }
    String prev = text.substring(ws, e);
    if (ADJECTIVE_ENDINGS.stream().noneMatch(prev::endsWith)) {
      return false;
    }
    int e2 = Words.skipSpacesBack(text, ws, lim);
    if (e2 == ws) {
      return false; // a mark between: not one phrase
    }
    int ws2 = Words.wordStart(text, e2, lim);
    return ws2 < e2 && NOUN_PREPOSITIONS.contains(text.substring(ws2, e2));
  }

  /** The word before is a determiner, or an indefinite article and a capitalised adjective (a Russian attack). */
  private boolean afterDeterminer(int from) {
    int lim = Math.max(0, from - 60);
    int e = Words.skipSpacesBack(text, from, lim);
    int ws = Words.wordStart(text, e, lim);
    if (ws >= e) {
      return false;
    }
    String prev = text.substring(ws, e);
    if (DETERMINERS.contains(prev)) {
      return true;
    }
    if (isNounPossessive(prev)) {
      return true; // Trump’s remarks, AP's report: a noun owned by someone
    }
    if (!Character.isUpperCase(prev.charAt(0))) {
      return false;
    }
    int e2 = Words.skipSpacesBack(text, ws, lim);
    int ws2 = Words.wordStart(text, e2, lim);
    String prev2 = ws2 < e2 ? text.substring(ws2, e2) : "";
    // a Russian attack; 32% of Republican claims, of Tory claims: after 'of' a capitalised word qualifies a noun
    return prev2.equals("a") || prev2.equals("an") || prev2.equals("of") && Character.isLowerCase(text.charAt(from))
        && text.startsWith("s", Words.wordEnd(text, from, text.length()) - 1);
  }

  /**
   * {@code Trump’s claim that “…”}: a noun of saying owned by a named speaker and opening its content with {@code that}
   * (or, for a promise, pledge or vow, with {@code to}) still reports that speaker's words.
   */
  private boolean ownedClaim(int from, int to) {
    int e = Words.skipSpacesBack(text, from, Math.max(0, from - 60));
    int ws = Words.wordStart(text, e, Math.max(0, from - 60));
    if (ws >= e || !Character.isUpperCase(text.charAt(ws)) || !isNounPossessive(text.substring(ws, e))) {
      return false;
    }
    int n = Words.skipSpaces(text, to, text.length());
    if (text.startsWith("that ", n)) {
      return true;
    }
    // Blair’s promise to produce an “…” manifesto: an undertaking is the owner's own words
    String lemma = cues.lemma(text.substring(from, to));
    return text.startsWith("to ", n) && ("promise".equals(lemma) || "pledge".equals(lemma) || "vow".equals(lemma));
  }

  /** Contractions of a pronoun and {@code has}/{@code is}: {@code she’s said} keeps its verb. */
  private static final Set<String> CONTRACTED = Set.of("he's", "she's", "it's", "that's", "who's", "there's",
      "what's", "here's", "where's", "one's", "let's");

  /** A possessive noun phrase's last word ({@code Trump’s}), not a contracted pronoun. */
  private static boolean isNounPossessive(String w) {
    String n = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    // a plural's bare apostrophe (voters’) is left out: it is also how a single-quoted stretch closes
    return n.endsWith("'s") && n.length() > 2 && !CONTRACTED.contains(n);
  }

  /** The cue at the head of a word glued to a capitalised one ({@code claimedNo}), or null. */
  private String gluedCue(String w) {
    for (int k = 3; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
        return Character.isLowerCase(w.charAt(0)) ? cues.lemma(w.substring(0, k)) : null;
      }
    }
    return null;
  }

  private static final Set<String> STATE_MODIFIERS = Set.of("member", "swing", "battleground", "red", "blue",
      "frontline", "island", "nation", "border", "neighbouring", "neighboring", "southern", "northern", "western",
      "eastern", "other", "several", "many", "all", "some", "both", "these", "those", "small", "nuclear", "key",
      "early", "gulf", "baltic", "arab", "nordic", "balkan", "african", "european", "asian");

  /** {@code states} after a modifier (member, swing, Baltic, Gulf) is the noun. */
  private boolean statesIsNoun(int from) {
    int e = Words.skipSpacesBack(text, from, Math.max(0, from - 40));
    int ws = Words.wordStart(text, e, Math.max(0, e - 30));
    return ws < e && STATE_MODIFIERS.contains(text.substring(ws, e).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word at {@code from} continues a sentence: a letter or digit, a comma or an apostrophe stands
   * before it, or the full stop of an abbreviation that ends no sentence.
   */
  boolean midSentence(int from) {
    int p = Words.skipSpacesBack(text, from, 0);
    if (p == 0) {
      return false;
    }
    char ch = text.charAt(p - 1);
    if (ch == '.' && p >= 3 && text.charAt(p - 3) == '.' && Character.isLetter(text.charAt(p - 2))
        && sentences.startOf(from) < from) {
      return true; // the U.S. State Department: an abbreviation's full stop that ends no sentence
    }
    return Character.isLetterOrDigit(ch) || ch == ',' || ch == '\'' || ch == '\u2019';
  }

  /** Whether the word at [from, to) may stand between a speaker and the cue. */
  boolean isAuxiliary(int from, int to) {
    String w = text.substring(from, to);
    // manner adverbs sit between subject and cue (Gingrich cynically dismissed)
    return AUXILIARIES.contains(w.toLowerCase(Locale.ROOT))
        || (w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)));
  }
}
