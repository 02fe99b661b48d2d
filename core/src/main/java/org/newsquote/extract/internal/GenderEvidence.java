package org.newsquote.extract.internal;

import java.util.Set;

/**
 * Reads what one article tells of a named person's sex at each mention: a title or gendered role before the name
 * (Mr, Dame, congresswoman), and a subject, possessive or reflexive pronoun after it in its clause (Smith said her …),
 * counted as votes that NameScan keeps per person. Holds only the article's text and never changes:
 * thread-safe, though the vote arrays it adds to are the caller's.
 */
final class GenderEvidence {
  private final CharSequence text;

  /** Evidence read from {@code text}, the article's text that NameScan scans. */
  GenderEvidence(CharSequence text) {
    this.text = text;
  }

  /** How much a title or gendered role weighs against a pronoun seen after the name, which may belong to another. */
  private static final int TITLE_WEIGHT = 3;
  /** Titles and role nouns written before a name that tell a man. */
  static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "king", "prince", "baron", "duke",
      "earl", "congressman", "assemblyman", "councilman", "alderman", "chairman", "spokesman", "businessman",
      "husband", "father", "son", "brother", "man", "boyfriend", "widower", "uncle", "nephew", "grandfather",
      "actor", "congressman-elect", "fr");
  /** Titles and role nouns written before a name that tell a woman. */
  static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "lady", "dame", "queen", "princess",
      "baroness", "duchess", "countess", "congresswoman", "assemblywoman", "councilwoman", "alderwoman",
      "chairwoman", "spokeswoman", "businesswoman", "wife", "mother", "daughter", "sister", "woman", "girlfriend",
      "widow", "aunt", "niece", "grandmother", "actress", "congresswoman-elect", "madam", "mme");
  /**
   * Pronouns that tell a man or a woman when they follow a name in its clause: subjects, possessives and reflexives,
   * never objects (Clinton accused him of …), so her only as a possessive.
   */
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "his", "himself");
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  /** How many words after a name a pronoun may stand and still be read as the name's ({@code Smith said her …}). */
  private static final int PRONOUN_REACH = 5;

  /**
   * Counts what this mention tells of the person's sex: a title or gendered role before the name ({@code Mr}, {@code
   * Dame}, {@code congresswoman}, {@code his wife}) weighs more than a pronoun after it in its clause ({@code Smith
   * said her …}, {@code Smith, who announced his …}), which is read only when no other name or noun phrase comes
   * between and the name is not a possessive ({@code Clinton's remarks made him …}). The counts go to {@code votes}
   * (man, woman); the run's title words are {@code runNorm[0..from)}, the name starts at {@code pos} and ends at
   * {@code nameEnd}.
   */
  void learn(int[] votes, String[] runNorm, int from, int pos, int nameEnd, boolean possessive) {
    for (int k = 0; k < from; k++) {
      vote(votes, runNorm[k], TITLE_WEIGHT);
    }
    if (from == 0) {
      String role = NameScan.lowerRoleBefore(text, pos);
      if (role != null) {
        for (String r : SpeakerResolver.ROLE_SPLIT.split(role)) {
          vote(votes, Words.norm(r), TITLE_WEIGHT);
        }
      }
    }
    char last = text.charAt(nameEnd - 1);
    char next = nameEnd < text.length() ? text.charAt(nameEnd) : ' ';
    boolean apostrophe = last == '\'' || last == '\u2019' || next == '\'' || next == '\u2019';
    // Sanders' critiques of her: the pronoun is another's; beating rival Clinton in his …: an object's pronoun is
    // the subject's
    if (!possessive && !apostrophe && opensClause(from == 0 ? roleStart(pos) : pos)) {
      pronounAfter(votes, nameEnd);
    }
  }

  /** Words after which a name is the subject of a new clause: Sanders said that Clinton …, and Clinton …. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "when", "while", "as", "because",
      "if", "since", "although", "though", "after", "before", "where", "so", "then", "yet", "once", "until");

  /** Where the lower-case role words before a name start (front-runner Hillary Clinton), else the name's start. */
  private int roleStart(int pos) {
    String role = NameScan.lowerRoleBefore(text, pos);
    if (role == null) {
      return pos;
    }
    int e = Words.skipSpacesBack(text, pos, 0);
    return e - role.length();
  }

  /** Whether a name phrase starting at {@code start} is a clause's subject: after a sentence start, a comma, and, that. */
  private boolean opensClause(int start) {
    int e = Words.skipSpacesBack(text, start, 0);
    if (e == 0) {
      return true;
    }
    char c = text.charAt(e - 1);
    if (!Words.isWordChar(c)) {
      return c != '\'' && c != '\u2019';
    }
    int ws = Words.wordStart(text, e, Math.max(0, e - 30));
    return CLAUSE_OPENERS.contains(Words.norm(text.subSequence(ws, e).toString()));
  }

  private static void vote(int[] votes, String norm, int weight) {
    if (MALE_WORDS.contains(norm)) {
      votes[0] += weight;
    } else if (FEMALE_WORDS.contains(norm)) {
      votes[1] += weight;
    }
  }

  /** Words after a name that end its clause for the pronoun check: another noun phrase may own the pronoun. */
  private static final Set<String> PRONOUN_STOPS = Set.of("the", "a", "an", "and", "or", "but", "this", "these",
      "those", "their", "its", "they", "it", "we", "i", "you", "my", "our", "your", "both", "whose", "though",
      "although", "while", "because", "as", "when", "if", "whom", "where", "than", "unless", "whether", "until",
      "him", "them");

  /** {@code her} before a noun ({@code her campaign}), not as an object ({@code attacked her as}, {@code told her.}). */
  private boolean possessiveHer(int end) {
    int n = Words.skipSpaces(text, end, text.length());
    if (n >= text.length() || n != end + 1 || !Character.isLowerCase(text.charAt(n))) {
      return false;
    }
    int ne = Words.wordEnd(text, n, text.length());
    return !SpeakerWords.isFunctionWord(Words.norm(text.subSequence(n, ne).toString()));
  }

  private void pronounAfter(int[] votes, int nameEnd) {
    int n = text.length();
    int i = nameEnd;
    for (int k = 0; k < PRONOUN_REACH; k++) {
      while (i < n && (Words.isSpace(text.charAt(i)) || text.charAt(i) == ',')) {
        i++;
      }
      if (i >= n || !Words.isWordChar(text.charAt(i))) {
        return; // a sentence end, a dash, a quotation mark
      }
      int we = Words.wordEnd(text, i, n);
      if (we <= i || Character.isUpperCase(text.charAt(i))) {
        return;
      }
      String w = Words.norm(text.subSequence(i, we).toString());
      if (MALE_PRONOUNS.contains(w)) {
        votes[0]++;
        return;
      }
      if (FEMALE_PRONOUNS.contains(w) && (!w.equals("her") || possessiveHer(we))) {
        votes[1]++;
        return;
      }
      if (PRONOUN_STOPS.contains(w) || SpeakerWords.ROLE_NOUNS.contains(w) || Words.isPossessive(w)) {
        return;
      }
      i = we;
    }
  }
}
