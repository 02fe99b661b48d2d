package org.newsquote.extract.internal;

import java.util.Set;

/**
 * The words of a role description that tell people apart ({@code the New Jersey governor}, {@code the Republican
 * vice-presidential nominee}: a capitalised place or body, {@code vice}; never a party word) and whether the role
 * words recorded with a person fit or contradict them. Static functions over immutable tables: thread-safe.
 */
public final class DescriptionQualifiers {
  private DescriptionQualifiers() {
  }

  /** Title abbreviations that stand for a role noun in names: Gov. Chris Christie is a governor. */
  private static final java.util.Map<String, String> ROLE_ABBREVIATIONS = java.util.Map.of("governor", "gov",
      "senator", "sen", "representative", "rep", "congressman", "rep", "congresswoman", "rep");
  /** Party words: the GOP candidate and a Republican nominee are the same kind, so they never tell two apart. */
  private static final Set<String> PARTY_WORDS = Set.of("republican", "republicans", "gop", "democratic", "democrat",
      "democrats", "independent", "conservative", "tory", "labour", "liberal", "u.s", "us", "american");

  /**
   * Lower-case title words that name an office's field and so tell offices with the same head apart: the prime
   * minister is not the foreign minister, the foreign secretary not the home secretary.
   */
  private static final Set<String> OFFICE_WORDS = Set.of("prime", "first", "foreign", "home", "finance", "defence",
      "defense", "health", "interior", "treasury", "trade", "education", "culture", "environment", "transport",
      "agriculture", "energy", "justice", "economic");
  /** Words that rank an office below or opposite the plain one: the deputy prime minister is not the prime minister. */
  private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "shadow", "assistant", "junior");

  /**
   * The words of a description that tell people apart: capitalised non-party words, a field's words (prime, foreign,
   * home) and rank words (vice, deputy, shadow) in any case.
   */
  public static Set<String> qualifiers(String phrase, String head) {
    Set<String> q = new java.util.HashSet<>();
    String[] ws = SpeakerResolver.ROLE_SPLIT.split(phrase.strip());
    for (int i = 1; i < ws.length; i++) {
      String w = ws[i];
      String n = Words.norm(Words.stripPossessive(w));
      if (n.isEmpty() || n.equals(head)) {
        continue;
      }
      if (RANK_WORDS.contains(n) || OFFICE_WORDS.contains(n) || Character.isUpperCase(w.charAt(0)) && !PARTY_WORDS.contains(n)
          && !SpeakerWords.TITLES.contains(n)) {
        q.add(n);
      }
    }
    return q;
  }

  /**
   * Whether a person's role words hold the role word (or its abbreviation: gov, sen, rep) and every qualifier, and
   * no rank the description lacks (a deputy prime minister is no fit for the prime minister).
   */
  static boolean fits(Set<String> roleWords, String word, Set<String> q) {
    String abbr = ROLE_ABBREVIATIONS.get(word);
    return (roleWords.contains(word) || abbr != null && roleWords.contains(abbr)) && roleWords.containsAll(q)
        && !otherRank(roleWords, q);
  }

  /** Whether the person's role and the description differ in rank: vice, deputy or shadow on one side only. */
  private static boolean otherRank(Set<String> roleWords, Set<String> q) {
    for (String r : RANK_WORDS) {
      if (roleWords.contains(r) != q.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Heads of descriptions the news gives to someone other than the one just named: the unnamed sources and staff who
   * speak for others (the spokesman, an aide), never a second name for the sentence's subject.
   */
  private static final Set<String> SOURCE_HEADS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
      "official", "source", "aide", "adviser", "advisor", "analyst", "strategist", "economist", "expert",
      "correspondent", "reporter", "columnist", "officer", "detective", "inspector", "sergeant", "lawyer",
      "attorney", "counsel", "envoy", "diplomat", "delegate", "staffer", "operative", "consultant", "surrogate",
      "insider", "observer", "critic", "witness", "resident", "voter", "worker", "student", "protester", "activist",
      "supporter", "opponent", "rival", "colleague", "friend", "partner", "neighbour", "neighbor", "man", "woman",
      "person", "member", "prosecutor", "judge", "doctor", "researcher", "scientist", "fan", "parent", "wife",
      "husband", "son", "daughter", "father", "mother", "agent", "broker", "investor", "moderator", "interviewer",
      "host", "anchor", "questioner", "panelist", "trader", "dealer", "banker", "underwriter", "arbitrager",
      "arbitrageur", "specialist");

  /** Whether a description's head tells the other sex than {@code pronoun} (he, she): a spokeswoman is no he. */
  public static boolean isOtherSex(String head, String pronoun) {
    return pronoun.equals("he") ? GenderEvidence.FEMALE_WORDS.contains(head) : GenderEvidence.MALE_WORDS.contains(head);
  }

  /** Whether {@code head} is one of the unnamed sources and staff who speak for others (spokesman, official, aide). */
  public static boolean isSourceHead(String head) {
    return SOURCE_HEADS.contains(head);
  }

  /**
   * Whether {@code head} names one person by title, trade or as a source (spokesman, official, minister, striker), not
   * a body, a thing, a crowd or a mere modifier (former, tax).
   */
  public static boolean isPersonHead(String head) {
    return (SpeakerWords.TITLES.contains(head) || SpeakerWords.ROLE_NOUNS.contains(head))
        && !(SpeakerWords.MODIFIERS.contains(head) && !SOURCE_HEADS.contains(head))
        && !(head.endsWith("s") && !head.endsWith("ss")) && !SpeakerWords.ORG_WORDS.contains(head)
        && !NOT_PEOPLE.contains(head);
  }

  /** Role nouns that are no person: the things and bodies that speak (a report, the campaign, the court). */
  private static final Set<String> NOT_PEOPLE = Set.of("campaign", "ministry", "department", "newspaper", "paper",
      "agency", "report", "statement", "letter", "ad", "group", "committee", "organization", "organisation",
      "company", "office", "party", "government", "administration", "embassy", "military", "army", "police", "court",
      "study", "poll", "survey", "website", "network", "outlet", "magazine", "tweet", "post", "memo", "document",
      "release", "bill", "alliance", "bloc", "council", "commission", "union", "board", "firm", "bank", "figure",
      "publication", "broadcaster", "channel", "institute", "center", "centre", "think-tank", "panel", "team", "staff",
      "foundation", "club", "blog", "editorial", "email", "e-mail", "video", "message", "sign", "card", "complaint",
      "filing", "lawsuit", "ruling", "petition", "headline", "article", "caption", "banner", "notice", "flyer",
      "mailer", "spot", "commercial", "brief", "missive", "motion", "people", "state", "press", "first", "general");

  /**
   * Whether a description headed by {@code head} ({@code the foreign secretary}, {@code the Tottenham striker}) may be
   * the news's second name for a person just named whose role words are {@code roleWords} and whose role as first
   * written is {@code role}: the head is a title or trade of one person (no body, thing, crowd or unnamed source), and
   * the person's role holds the head or names no other office, with no rank, field or place against it.
   */
  public static boolean mayDescribe(Set<String> roleWords, String role, String head, String phrase) {
    if (!SpeakerWords.isTitleWord(head) || SpeakerWords.MODIFIERS.contains(head) && !SpeakerWords.ROLE_NOUNS.contains(head)
        || SOURCE_HEADS.contains(head) || head.endsWith("s") && !head.endsWith("ss")) {
      return false;
    }
    Set<String> q = qualifiers(phrase, head);
    if (contradicts(roleWords, role, q)) {
      return false;
    }
    String[] ws = SpeakerResolver.ROLE_SPLIT.split(phrase.strip());
    for (int i = 1; i < ws.length; i++) {
      String n = Words.norm(Words.stripPossessive(ws[i]));
      boolean party = PARTY_WORDS.contains(n) || n.equals("tory") || n.equals("tories") || n.equals("democrat");
      if (!ws[i].isEmpty() && Character.isUpperCase(ws[i].charAt(0)) && (party || !SpeakerWords.isTitleWord(n))
          && !OFFICE_WORDS.contains(n) && !roleWords.contains(n)) {
        return false; // the Texas senator, the Republican nominee: a place, body or party the person's role lacks
      }
    }
    if (roleWords.contains(head)) {
      return true;
    }
    for (String w : roleWords) {
      if ((SpeakerWords.TITLES.contains(w) || SpeakerWords.ROLE_NOUNS.contains(w)) && !SpeakerWords.isCourtesyTitle(w)
          && !SpeakerWords.MODIFIERS.contains(w)) {
        return false; // the deputy leader is not the chancellor: the person holds another office
      }
    }
    return true;
  }

  /**
   * The person's role differs from the description in rank (vice, deputy, shadow), or names other places, bodies or
   * fields and none of its own.
   */
  static boolean contradicts(Set<String> roleWords, String role, Set<String> q) {
    if (otherRank(roleWords, q)) {
      return true;
    }
    Set<String> own = qualifiers("x " + (role == null ? "" : role), "");
    own.removeAll(RANK_WORDS);
    if (own.isEmpty()) {
      return false;
    }
    for (String w : own) {
      if (q.contains(w)) {
        return false;
      }
    }
    return q.stream().anyMatch(w -> !RANK_WORDS.contains(w));
  }
}
