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
