package org.newsquote.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * Tells when lower-case words that no role list knows belong to a speaker phrase: a plain content word ({@code former
 * tech executive Carly Fiorina}, {@code one well-connected Democrat}) that leads on to a role noun or a name, or back
 * to a determiner that opens a description, unless the phrase read so far opens with a word of quantity. {@link
 * MentionParser} asks it while reading a phrase back from or on after a cue. Immutable and thread-safe.
 */
final class PlainSpeakerWords {
  private final CueLexicon cues;

  /** Tells speech verbs by {@code cues}, which are never plain words. */
  PlainSpeakerWords(CueLexicon cues) {
    this.cues = cues;
  }

  /** Most plain words stepped over between a modifier and the head of a speaker phrase. */
  private static final int MAX_PLAIN_WORDS = 2;

  /**
   * {@code former tech executive Carly Fiorina}, {@code conservative talk radio host Rush Limbaugh}, {@code one
   * well-connected Democrat}: the lower-case word at {@code i} is no role word the lists know, but at most {@link
   * #MAX_PLAIN_WORDS} such words lead to a role noun or a capitalised name, so it belongs to the phrase.
   */
  boolean plainWordBeforeHead(CharSequence t, int i, int limit) {
    int j = i;
    for (int k = 0; k <= MAX_PLAIN_WORDS && j < limit; k++) {
      int e = Words.wordEnd(t, j, limit);
      if (e == j) {
        return false;
      }
      String w = t.subSequence(j, e).toString();
      String n = Words.norm(w);
      if (Character.isUpperCase(w.charAt(0))) {
        return k > 0 && !SpeakerWords.isFunctionWord(n) && !SpeakerWords.PRONOUNS.contains(n);
      }
      if (k > 0 && SpeakerWords.ROLE_NOUNS.contains(n)) {
        return true;
      }
      if (!isPlainWord(n, w)) {
        return false;
      }
      j = e;
      if (j >= limit || t.charAt(j) != ' ') {
        return false; // punctuation ends the phrase
      }
      j++;
    }
    return false;
  }

  /**
   * Whether, reading back from the plain word starting at {@code pos}, at most {@link #MAX_PLAIN_WORDS} - 1 more plain
   * words or lower-case modifiers lead to a determiner or an indefinite {@code one}/{@code another} that opens a
   * description, not a clause.
   */
  boolean leadsToDeterminer(CharSequence t, int pos, int limit) {
    int e = Words.skipSpacesBack(t, pos, limit);
    for (int k = 0; k < MAX_PLAIN_WORDS && e > limit; k++) {
      int s = Words.wordStart(t, e, limit);
      if (s == e) {
        return false;
      }
      String w = t.subSequence(s, e).toString();
      String n = Words.norm(w);
      if (n.equals("the") || n.equals("a") || n.equals("an") || n.equals("one") || n.equals("another")) {
        return true;
      }
      if (Character.isUpperCase(w.charAt(0)) || !(isPlainWord(n, w) || SpeakerWords.MODIFIERS.contains(n))) {
        return false;
      }
      e = Words.skipSpacesBack(t, s, limit);
    }
    return false;
  }

  /** Words that open a description on their own: a plain word before them belongs to the clause (a move some delegates). */
  private static final Set<String> QUANTITY_OPENERS = Set.of("one", "another", "some", "two", "three", "several",
      "many", "other", "most", "few");

  /**
   * Whether the phrase read so far (back to front) is no plain description a plain word may lead into: it opens with
   * a word of quantity, or holds a capitalised word or a joining word (the break and Gold).
   */
  static boolean opensWithQuantity(CharSequence t, List<int[]> words) {
    int[] w = words.get(words.size() - 1);
    if (QUANTITY_OPENERS.contains(Words.norm(t.subSequence(w[0], w[1]).toString()))) {
      return true;
    }
    for (int[] x : words) {
      String raw = t.subSequence(x[0], x[1]).toString();
      String n = Words.norm(raw);
      if (!Character.isLowerCase(raw.charAt(0)) || n.equals("and") || n.equals("of") || n.equals("for")
          || Words.isPossessive(raw)) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case content word: no function word, auxiliary, -ing form or simple past (hyphenated ones pass). */
  boolean isPlainWord(String n, String w) {
    if (cues.lemmaOfNorm(n) != null || !w.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-') || SpeakerWords.isFunctionWord(n) || UnnamedSpeakerPhrases.VERB_LIKE.contains(n)
        || SpeakerWords.PRONOUNS.contains(n) || SpeakerWords.DETERMINERS.contains(n)) {
      return false;
    }
    return n.indexOf('-') > 0 || !(n.endsWith("ed") || n.endsWith("ing") || n.endsWith("ly") || n.endsWith("s"));
  }
}
