package org.newsquote.extract.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The words of English speaker phrases and the tests on single words: titles, role nouns, modifiers, determiners,
 * organisation heads, name particles, function and time words, and whether a word is a title, an organisation's
 * last word, a member's letters or a surname that looks like a title. MentionParser reads phrases with them;
 * SpeakerResolver and the rules ask the same questions of single words. Only immutable sets and pure functions:
 * thread-safe.
 */
public final class SpeakerWords {
  private SpeakerWords() {
  }

  static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("he", "she", "they", "we", "it", "i"));
  /** Title words that precede a name and belong to the role, never to the name. */
  static final Set<String> TITLES = Set.copyOf(java.util.List.of(
      "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "del", "delegate", "assemblyman", "assemblywoman", "representative", "gov", "governor", "president",
      "vice", "secretary", "general", "minister", "prime", "press", "spokesman", "spokeswoman", "spokesperson",
      "chancellor", "chief", "judge", "justice", "ambassador", "director", "chairman", "chairwoman", "lord", "lady",
      "sir", "dame", "king", "queen", "prince", "princess", "pope", "deputy", "foreign", "defence", "defense",
      "home", "interior", "health", "finance", "treasury", "attorney", "speaker", "mayor", "lt", "col", "capt",
      "gen", "sgt", "prof", "professor", "rev", "reverend", "adm", "admiral", "maj", "major", "commander", "leader",
      "baroness", "baron", "sheikh", "emir", "councillor", "councilman", "congressman", "congresswoman", "host",
      "anchor", "coach", "manager", "officer", "detective", "inspector", "sergeant", "captain", "colonel",
      "lieutenant", "former", "acting", "first", "shadow", "state", "executive", "envoy", "secretary-general",
      "spokesmen", "adviser", "advisor", "candidate", "nominee", "chair", "ceo", "founder", "author", "editor",
      "economist", "analyst", "strategist", "correspondent", "reporter", "columnist", "archbishop", "bishop",
      "cardinal", "rabbi", "imam", "mp", "mep", "msp"));
  /** Lower-case nouns that head a speaker phrase without a name (the spokesman, a senior official). */
  static final Set<String> ROLE_NOUNS = Set.copyOf(java.util.List.of(
      "spokesman", "spokeswoman", "spokesperson", "spokesmen", "minister", "secretary", "president", "chief",
      "official", "officials", "director", "leader", "leaders", "chairman", "chairwoman", "chair", "senator",
      "governor", "mayor", "ambassador", "adviser", "advisor", "advisers", "aide", "aides", "analyst", "analysts",
      "expert", "experts", "professor", "source", "sources", "strategist", "candidate", "nominee", "host", "anchor",
      "reporter", "correspondent", "editor", "columnist", "author", "lawyer", "lawyers", "attorney", "economist",
      "economists", "general", "commander", "officer", "diplomat", "diplomats", "envoy", "representative",
      "congressman", "congresswoman", "lawmaker", "lawmakers", "manager", "founder", "executive", "head",
      "narrator", "doctor", "voter", "voters", "supporter", "supporters", "member", "members", "campaign",
      "ministry", "department", "newspaper", "paper", "agency", "report", "statement", "letter", "ad", "group",
      "committee", "organization", "organisation", "company", "office", "party", "government", "administration",
      "embassy", "military", "army", "police", "court", "judge", "prosecutor", "prosecutors", "investigators",
      "researchers", "study", "poll", "survey", "website", "network", "outlet", "magazine", "woman", "man",
      "people", "boss", "coach", "player", "owner", "partner", "colleague", "counsel", "deputy", "chancellor",
      "premier", "king", "queen", "prince", "pope", "father", "mother", "wife", "husband", "son", "daughter",
      "friend", "resident", "residents", "worker", "workers", "student", "students", "activist", "activists",
      "protester", "protesters", "critic", "critics", "observer", "observers", "insider", "insiders", "pollster",
      "historian", "scientist", "scientists", "researcher", "journalist", "journalists", "writer", "tweet", "post",
      "memo", "document", "documents", "release", "bill", "alliance", "bloc", "council", "commission", "union",
      "board", "firm", "bank", "authorities", "union", "figure", "publication", "broadcaster", "channel",
      "institute", "center", "centre", "think-tank", "panel", "team", "staff", "staffer", "staffers", "operative",
      "consultant", "surrogate", "surrogates", "official", "secretary-general", "foundation", "club", "blog",
      "opponent", "opponents", "rival", "rivals", "person", "voter", "teacher", "veteran", "nurse", "pastor", "democrat", "democrats", "republican", "republicans", "conservative",
      "conservatives", "liberal", "liberals",
      // ordinary people and the texts that speak in the news
      "commenter", "commenters", "physician", "surgeon", "actor", "actress", "delegate", "delegates", "organizer", "organizers",
      "organiser", "organisers", "caller", "callers", "viewer", "viewers", "reader", "readers", "fan", "fans",
      "parent", "parents", "neighbor", "neighbors", "neighbour", "neighbours", "farmer", "farmers", "businessman",
      "businesswoman", "moderator", "panelist", "panelists", "comedian", "singer", "challenger", "incumbent",
      "attendee", "attendees", "participant", "participants", "demonstrator", "demonstrators", "speaker",
      "editorial", "email", "e-mail", "video", "message", "sign", "signs", "card", "complaint", "filing",
      "lawsuit", "ruling", "petition", "headline", "article", "caption", "banner", "notice", "flyer", "mailer",
      "spot", "commercial", "brief", "missive", "motion", "front-runner", "frontrunner", "editors", "writers",
      "reporters",
      // trades and positions written before a name, capitalised when they open a sentence (Striker Thierry Henry,
      // Producer Kevin Wallace, Treasurer Paul Keating): the role, never a given name
      "treasurer", "commissioner", "investor", "financier", "broker", "agent", "producer", "guitarist", "drummer",
      "bassist", "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "fly-half", "scrum-half",
      "full-back", "flanker", "backbencher", "film-maker", "filmmaker", "novelist", "playwright", "composer",
      "pianist", "designer", "photographer", "sprinter", "skipper",
      // the market's unnamed sources in wire copy: said one dealer at a European bank, a banker who asked not to be named
      "trader", "dealer", "banker", "underwriter", "arbitrager", "arbitrageur", "specialist"));
  /** Lower-case words allowed before a role noun inside the phrase. */
  static final Set<String> MODIFIERS = Set.copyOf(java.util.List.of(
      "former", "deputy", "senior", "top", "foreign", "press", "national", "security", "defense", "defence", "white",
      "federal", "state", "campaign", "chief", "vice", "assistant", "acting", "general", "prime", "interim",
      "executive", "political", "military", "local", "longtime", "veteran", "new", "current", "incoming",
      "outgoing", "republican", "democratic", "conservative", "liberal", "unnamed", "anonymous", "independent",
      "british", "american", "russian", "administration", "government", "intelligence", "foreign-policy",
      "communications", "spokesman", "policy", "party", "news", "legal", "public", "health", "finance", "justice",
      "defense", "another", "one", "two", "three", "several", "many", "some", "other", "western", "european",
      "military", "high-ranking", "ranking", "presidential", "special", "regional", "leading", "prominent",
      "retired", "then", "same", "centrist", "progressive", "tax", "election", "polling", "research", "trade",
      "union", "opposition", "ruling", "labour", "tory", "gop", "democrat", "undecided", "young", "old", "elderly",
      "local", "retired", "unemployed", "primary", "evangelical", "black", "white", "hispanic", "latino", "female", "male"));
  static final Set<String> DETERMINERS = Set.copyOf(java.util.List.of("the", "a", "an", "his", "her", "their", "its", "our", "this", "that"));
  /** Capitalised words that end an organisation's name. */
  static final Set<String> ORG_WORDS = Set.copyOf(java.util.List.of(
      "ministry", "department", "party", "council", "office", "committee", "house", "kremlin", "pentagon",
      "commission", "campaign", "foundation", "times", "post", "news", "journal", "agency", "service", "bureau",
      "center", "centre", "institute", "union", "association", "government", "administration", "embassy", "court",
      "congress", "senate", "parliament", "tories", "labour", "democrats", "republicans", "dem", "dems", "moscow", "washington",
      "beijing", "kyiv", "kiev", "london", "russia", "china", "ukraine", "nato", "un", "eu", "us", "u.s", "uk",
      "bank", "network", "group", "inc", "corp", "company", "tribune", "telegraph", "guardian", "herald", "daily",
      "review", "magazine", "reuters", "press", "gazette", "cnn", "msnbc", "bbc", "fox", "abc", "nbc", "cbs", "npr",
      "politifact", "poll", "survey", "university", "college", "school", "club", "alliance", "army", "police",
      "command", "forces", "board", "authority", "authorities", "organization", "organisation", "federation",
      "coalition", "conference", "caucus", "states", "kingdom", "republic", "tass", "interfax", "ria", "sputnik",
      "whitehall", "downing", "treasury", "cbi", "tuc", "fbi", "cia", "dnc", "rnc", "gop", "pac", "team", "staff",
      "media", "world", "today", "insider", "street", "consult", "rasmussen", "gallup", "quinnipiac", "sports",
      "radio", "tv", "television", "broadcasting", "conservatives", "liberals", "greens", "nationalists",
      // a company's legal form closes its name: Ford Motor Co, Guinness PLC, Volkswagen AG, Benetton SpA
      "co", "ltd", "plc", "ag", "nv", "spa", "sa", "corporation", "llc", "gmbh", "holdings"));

  /**
   * Lower-case particles inside a person's name, between a given name and the rest of the surname: Rodrigo de Rato,
   * Ruud van Nistelrooy, Javier Perez de Cuellar, Richard von Weizsaecker, Lula da Silva.
   */
  public static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "da", "del", "der", "den", "dos",
      "du", "di", "ter", "bin");

  /** Titles that go with a name whatever the person's role: the chairman of X, Sir Andrew Green, said. */
  private static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
      "lady", "prof", "professor", "rev", "reverend");

  /** Whether {@code role} is one courtesy title (Sir, Dr, Mrs) and nothing more. */
  public static boolean isCourtesyTitle(String role) {
    return COURTESY_TITLES.contains(Words.norm(role.strip()));
  }

  /** Letters written after a member's name in British style: Paul Boateng MP. */
  private static final Set<String> POST_NOMINALS = Set.of("mp", "msp", "mep");

  /** Whether the normalised word is a member's letters written after a name (MP, MSP, MEP). */
  public static boolean isPostNominal(String norm) {
    return norm != null && POST_NOMINALS.contains(norm);
  }

  /** Words that make a capitalised pair a constituency or region, not a name: Ealing North MP, the East Midlands. */
  private static final Set<String> PLACE_WORDS = Set.of("north", "south", "east", "west", "central", "upper",
      "lower", "greater", "new", "the", "st", "saint", "midlands", "city", "county", "valley", "hill", "hills");

  /**
   * Whether two capitalised words before a member's letters read as a given name and a surname (Paul Boateng MP),
   * not as a constituency (Ealing North MP) or a role (Labour MP): neither is a title, organisation or place word.
   */
  public static boolean isGivenAndSurname(String given, String surname) {
    for (String w : new String[] {given, surname}) {
      if (w == null || isTitleWord(w) || ORG_WORDS.contains(w) || PLACE_WORDS.contains(w) || isFunctionWord(w)) {
        return false;
      }
    }
    return true;
  }

  /** Title words that are also common surnames: Amy Pope, Steve King, John Major, Patty Judge. */
  private static final Set<String> SURNAME_TITLES = Set.of("king", "pope", "bishop", "major", "judge", "baron");
  /** Capitalised words that make a following Judge or Major a title: District Judge, Drum Major. */
  private static final Set<String> OFFICE_QUALIFIERS = Set.of("district", "magistrate", "circuit", "superior",
      "appeals", "appellate", "bankruptcy", "immigration", "probate", "supreme", "county", "municipal", "family",
      "trial", "administrative", "associate", "presiding", "grand", "crown", "drum", "pipe", "sergeant", "oh");

  /**
   * Whether a capitalised title word that ends its name phrase is the surname (Amy Pope, Rep. Steve King, Mr King):
   * it is one of the few titles that are also common surnames, and the capitalised word before it is a given name or
   * a courtesy title, never a title, an office (District Judge) or a function word. Both are normalised words.
   */
  public static boolean isSurnameTitle(String previous, String norm) {
    if (!SURNAME_TITLES.contains(norm) || previous == null) {
      return false;
    }
    return COURTESY_TITLES.contains(previous) || !isTitleWord(previous) && !ORG_WORDS.contains(previous)
        && !isFunctionWord(previous) && !OFFICE_QUALIFIERS.contains(previous) && !PRONOUNS.contains(previous);
  }

  /** Words that belong to a role even when capitalised (President, Republican, Former, Rival). */
  public static boolean isTitleWord(String norm) {
    if (TITLES.contains(norm) || ROLE_NOUNS.contains(norm) || MODIFIERS.contains(norm)
        || norm.equals("rival") || norm.equals("democrat") || norm.equals("republican") || norm.equals("gop")) {
      return true;
    }
    // Editor-in-Chief, Commander-in-Chief: a hyphenated title opens with a title word and joins with "in" or "at"
    int h = norm.indexOf('-');
    if (h > 0 && (norm.startsWith("-in-", h) || norm.startsWith("-at-", h)) && TITLES.contains(norm.substring(0, h))) {
      return true;
    }
    // Vice-President, Vice-Chairman, Deputy-Governor: two title words hyphened make one title
    return h > 0 && norm.indexOf('-', h + 1) < 0 && TITLES.contains(norm.substring(0, h))
        && (TITLES.contains(norm.substring(h + 1)) || ROLE_NOUNS.contains(norm.substring(h + 1)));
  }

  static boolean isOrganisation(String name, String lastWord) {
    if (ORG_WORDS.contains(Words.stripPossessive(lastWord))) {
      return true;
    }
    String letters = name.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))
        && letters.chars().allMatch(Character::isLetter);
  }

  public static boolean isFunctionWord(String n) {
    return FUNCTION_WORDS.contains(n) || isTimeWord(n);
  }

  static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "to", "of", "as", "if", "when",
        "while", "after", "before", "since", "this", "that", "these", "those", "there", "it", "he", "she", "they",
        "we", "i", "you", "then", "so", "yet", "also", "asked", "now", "still", "meanwhile", "however", "earlier",
        "later", "speaking", "writing", "according", "last", "yesterday", "today", "tomorrow", "by", "from", "with",
        "during", "despite", "under", "without", "among", "amid", "until", "through", "although", "though",
        "because", "unlike",
        // prepositions and adverbs that open a sentence before a name, never part of it: Like BitTorrent, Besides Baker
        "like", "besides", "both", "including", "against", "towards", "toward", "beyond", "via",
        "except", "whether", "unless", "perhaps", "indeed");

  static boolean isWeekday(String n) {
    return WEEKDAYS.contains(n);
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static boolean isTimeWord(String n) {
    return TIME_WORDS.contains(n);
  }

  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec");
}
