package org.newsquote.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * Tells, from a capitalised run's own words and the words around it in one article, when the run names no person: a
 * place, a thing, an event or a group (Atlantic City, the Consumer Electronics Show), a work or a firm (Meet the Press
 * show, Merrill Lynch and Co), a dateline, or a name used to qualify a noun (a Ted Cruz supporter); SpeakerResolver
 * then never lets he or she stand for it. Holds only the article's text and never changes: thread-safe.
 */
final class NonPersonNames {
  private final CharSequence text;

  /** Tests on runs of {@code text}, the article's text that NameScan scans. */
  NonPersonNames(CharSequence text) {
    this.text = text;
  }

  /** First words of a capitalised run that make it a place: South Carolina, New Hampshire, San Francisco. */
  private static final Set<String> PLACE_OPENERS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "new", "san", "santa", "los", "las", "fort", "mount", "lake", "port");
  /**
   * Last words of a capitalised run that make it a place, a building, a law, an event, a group or a team, never one person:
   * Atlantic City, Trump Plaza Hotel, Affordable Care Act, Second Amendment, Vietnam War, Pell Grants, African
   * Americans.
   */
  private static final Set<String> THING_ENDS = Set.of("city", "county", "state", "states", "province", "district",
      "sea", "ocean", "island", "islands", "river", "lake", "mountain", "mountains",
      "valley", "beach", "coast", "street", "avenue", "road", "square", "plaza", "hotel", "tower", "towers",
      "arena", "stadium", "cathedral", "mosque", "temple", "airport", "station", "bridge", "building",
      "hospital", "prison", "base", "act", "amendment", "bill", "war", "grants", "fund", "program",
      "programme", "project", "movement", "initiative", "institution", "nations", "belt", "riviera", "americans",
      "islanders", "energy", "technologies", "international", "partners", "partnership", "studies", "core",
      "change", "heart", "award", "prize", "week", "month", "year", "games", "olympics", "cup", "league",
      "tour", "festival", "convention", "summit", "treaty", "accord", "plan", "care", "security",
      "medicare", "medicaid",
      // the last words of sports clubs' and teams' names: Manchester United, Bristol Rovers, the British and Irish Lions
      "united", "rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "lions", "sharks", "tigers",
      "wasps", "saracens", "harlequins", "warriors", "dragons", "scarlets", "ospreys", "bulls", "stags");

  /** Whether the run names a place or a thing by its first or last word, so he or she never stands for it. */
  static boolean isThingName(List<String> tokens) {
    return tokens.size() >= 2 && (PLACE_OPENERS.contains(Words.norm(tokens.get(0)))
        || THING_ENDS.contains(Words.norm(tokens.get(tokens.size() - 1))) || isOwnershipModifier(tokens.get(0)));
  }

  /** Participles that, hyphened to a place or owner, describe a firm or body: Cambridge-based, state-owned. */
  private static final Set<String> OWNERSHIP = Set.of("based", "owned", "led", "run", "backed", "controlled",
      "funded", "listed", "registered", "headquartered");

  /** {@code Cambridge-based Ubisense}, {@code Soviet-led Comecon}: the first word places or owns a firm or body. */
  private static boolean isOwnershipModifier(String first) {
    int h = first.lastIndexOf('-');
    return h > 0 && OWNERSHIP.contains(first.substring(h + 1));
  }

  /**
   * {@code in the Grand Prix}, {@code the Consumer Electronics Show}, {@code The Liberal Democrats}: a capitalised run
   * with no title word that stands right after the definite article names an event, a body or a work, since a person
   * is written without it; he or she never stands for it. Not after a title's {@code of the} ({@code Chancellor of
   * the Exchequer Nigel Lawson}), where the run holds the office's last words and then the person.
   */
  boolean afterDefiniteArticle(int start) {
    int e = Words.skipSpacesBack(text, start, Math.max(0, start - 10));
    int ws = Words.wordStart(text, e, Math.max(0, e - 10));
    if (ws >= e || e == start || !Words.norm(text.subSequence(ws, e).toString()).equals("the")) {
      return false;
    }
    int oe = Words.skipSpacesBack(text, ws, Math.max(0, ws - 10));
    int os = Words.wordStart(text, oe, Math.max(0, oe - 10));
    if (os >= oe || oe == ws || !text.subSequence(os, oe).toString().equals("of")) {
      return true;
    }
    int te = Words.skipSpacesBack(text, os, Math.max(0, os - 40));
    int ts = Words.wordStart(text, te, Math.max(0, te - 40));
    return ts >= te || te == os || !Character.isUpperCase(text.charAt(ts))
        || !SpeakerWords.isTitleWord(Words.norm(text.subSequence(ts, te).toString()));
  }

  /** Lower-case nouns after a capitalised run that make it the name of a work or outlet, not of a person. */
  private static final Set<String> WORK_NOUNS = Set.of("programme", "program", "show", "podcast", "series",
      "newspaper", "magazine", "channel", "documentary", "film", "movie", "book", "bulletin", "album", "website",
      "blog", "column", "broadcast", "app");

  /** {@code Good Morning Scotland programme}, {@code Meet the Press show}: the run names a work. */
  boolean namesAWork(int runEnd) {
    int k = Words.skipSpaces(text, runEnd, text.length());
    int ke = Words.wordEnd(text, k, text.length());
    return ke > k && WORK_NOUNS.contains(text.subSequence(k, ke).toString());
  }

  /** {@code Merrill Lynch and Co}, {@code Kidder Peabody & Co}: the run names a firm by its legal form after it. */
  boolean namesAFirm(int runEnd) {
    int k = Words.skipSpaces(text, runEnd, text.length());
    int ke = k < text.length() && text.charAt(k) == '&' ? k + 1 : Words.wordEnd(text, k, text.length());
    if (ke <= k || !(text.charAt(k) == '&' || text.subSequence(k, ke).toString().equals("and"))) {
      return false;
    }
    int c = Words.skipSpaces(text, ke, text.length());
    int ce = Words.wordEnd(text, c, text.length());
    return ce > c && Words.norm(text.subSequence(c, ce).toString()).equals("co");
  }

  /**
   * {@code a Ted Cruz supporter}, {@code a Dallas Cowboys fan}: a name between {@code a}/{@code an} and a lower-case
   * noun qualifies that noun; the person it names is not there, so a later pronoun does not go to it.
   */
  boolean attributive(int start, int end) {
    int e = Words.skipSpacesBack(text, start, Math.max(0, start - 10));
    int ws = Words.wordStart(text, e, Math.max(0, e - 10));
    if (ws >= e || e == start) {
      return false;
    }
    String before = text.subSequence(ws, e).toString();
    if (!before.equals("a") && !before.equals("an")) {
      return false;
    }
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
  }

  /** Prepositions of place: {@code in Las Vegas}, {@code across North Carolina} name places, not people. */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "across", "outside", "throughout",
      "around", "into", "within", "from");

  /**
   * A run that names a place or shouts a dateline ({@code PHILADELPHIA —}, {@code in New Hampshire}): never a person,
   * so a later pronoun cannot go to it.
   */
  boolean isPlaceOrDateline(List<String> tokens, int from, int pos) {
    boolean allCaps = true;
    for (String t : tokens) {
      for (int i = 0; i < t.length() && allCaps; i++) {
        if (Character.isLowerCase(t.charAt(i))) {
          allCaps = false;
        }
      }
    }
    if (allCaps) {
      return true;
    }
    if (from > 0) {
      return false;
    }
    int e = Words.skipSpacesBack(text, pos, Math.max(0, pos - 20));
    int ws = Words.wordStart(text, e, Math.max(0, e - 20));
    return ws < e && LOCATIVES.contains(text.subSequence(ws, e).toString());
  }
}
