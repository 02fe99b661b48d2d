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

  /** The words of a description that tell people apart: capitalised non-party words, and vice. */
  public static Set<String> qualifiers(String phrase, String head) {
    Set<String> q = new java.util.HashSet<>();
    String[] ws = SpeakerResolver.ROLE_SPLIT.split(phrase.strip());
    for (int i = 1; i < ws.length; i++) {
      String w = ws[i];
      String n = Words.norm(Words.stripPossessive(w));
      if (n.isEmpty() || n.equals(head)) {
        continue;
      }
      if (n.equals("vice") || Character.isUpperCase(w.charAt(0)) && !PARTY_WORDS.contains(n)
          && !SpeakerWords.TITLES.contains(n)) {
        q.add(n);
      }
    }
    return q;
  }

  /** Whether a person's role words hold the role word (or its abbreviation: gov, sen, rep) and every qualifier. */
  static boolean fits(Set<String> roleWords, String word, Set<String> q) {
    String abbr = ROLE_ABBREVIATIONS.get(word);
    return (roleWords.contains(word) || abbr != null && roleWords.contains(abbr)) && roleWords.containsAll(q);
  }

  /** The person's role lacks the description's vice, or names other places or bodies and none of its own. */
  static boolean contradicts(Set<String> roleWords, String role, Set<String> q) {
    if (q.contains("vice") && !roleWords.contains("vice")) {
      return true;
    }
    Set<String> own = qualifiers("x " + (role == null ? "" : role), "");
    own.remove("vice");
    if (own.isEmpty()) {
      return false;
    }
    for (String w : own) {
      if (q.contains(w)) {
        return false;
      }
    }
    return q.stream().anyMatch(w -> !w.equals("vice"));
  }
}
