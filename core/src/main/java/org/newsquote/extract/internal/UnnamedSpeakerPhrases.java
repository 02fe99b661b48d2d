package org.newsquote.extract.internal;

import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Reads the phrases that describe a speaker without naming one and that no role list knows: a description opened by
 * a determiner ({@code the gambling tycoon}, {@code a 2008 campaign veteran}, {@code the 46-year-old}) and a crowd
 * that speaks as one ({@code Hundreds of pro-Sanders demonstrators}). Callers decide from what follows whether the
 * phrase speaks. Stateless static functions over the text: thread-safe.
 */
public final class UnnamedSpeakerPhrases {
  private UnnamedSpeakerPhrases() {
  }

  /** Determiners that open a description of someone the article does not name (the gambling tycoon). */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "a", "an", "one", "another");
  /** Relatives, auxiliaries and modals: a description never runs on into them (the cardinal will tell). */
  static final Set<String> VERB_LIKE = Set.of("who", "whose", "which", "is", "was", "are", "were", "be",
      "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
      "shall", "should");
  /** Most words of such a description after its determiner. */
  private static final int MAX_DESCRIPTION_WORDS = 6;

  /**
   * A definite or indefinite description starting at {@code start} that no role list knows ({@code the gambling
   * tycoon}, {@code a 2008 campaign veteran}, {@code the 46-year-old}): the determiner and the plain words after it,
   * stopping before a function word, a speech cue (told, said) or punctuation; null unless at least one word follows
   * the determiner. Callers decide from what comes next whether it is a speaker (a cue verb, or the clause's end).
   */
  public static Mention description(CharSequence t, int start, int limit, CueLexicon cues) {
    return description(t, start, limit, cues, false);
  }

  /**
   * As {@link #description(CharSequence, int, int, CueLexicon)}; when {@code subject} (the caller needs the phrase to
   * be a clause's subject, a cue verb right after it) a lower-case {@code this} opens it too ({@code “…,” this Trump
   * look-alike declared}; after an inverted cue {@code said this week} is a time) and a cue word's plain form right
   * after the determiner is its noun ({@code the order released Friday said}; before a cue, {@code the claim was
   * denied by} is passive).
   */
  public static Mention description(CharSequence t, int start, int limit, CueLexicon cues, boolean subject) {
    int i = Words.skipSpaces(t, start, limit);
    int we = Words.wordEnd(t, i, limit);
    String opener = we == i ? "" : t.subSequence(i, we).toString();
    if (!DESCRIPTION_OPENERS.contains(Words.norm(opener)) && !(subject && opener.equals("this"))) {
      return null;
    }
    int end = -1;
    int lastStart = -1;
    int j = Words.skipSpaces(t, we, limit);
    for (int k = 0; k < MAX_DESCRIPTION_WORDS && j < limit; k++) {
      int e = Words.wordEnd(t, j, limit);
      if (e == j) {
        break;
      }
      String n = Words.norm(t.subSequence(j, e).toString());
      // the order, the report: right after the determiner a cue word's plain form is the noun
      boolean noun = subject && k == 0 && !n.endsWith("ed") && !n.endsWith("ing");
      if (SpeakerWords.isFunctionWord(n) || SpeakerWords.PRONOUNS.contains(n) || cues.lemmaOfNorm(n) != null && !noun || VERB_LIKE.contains(n)
          || k > 0 && (n.endsWith("ed") || n.endsWith("ing")) && n.indexOf('-') < 0) {
        break; // the prime minister shrugged off claims: a verb ends the description before any cue
      }
      end = e;
      lastStart = j;
      j = Words.skipSpaces(t, e, limit);
    }
    if (end < 0) {
      return null;
    }
    String phrase = t.subSequence(i, end).toString();
    String head = Words.norm(Words.stripPossessive(t.subSequence(lastStart, end).toString()));
    return new Mention(i, end, null, phrase, Mention.Type.NOMINAL, head);
  }

  /** Words that count a crowd: Hundreds of demonstrators, about 50 protesters. */
  private static final Set<String> CROWD_COUNTS = Set.of("hundreds", "dozens", "thousands", "scores", "tens");
  /** Words before a number that only make it rough: about 50, more than 200. */
  private static final Set<String> ROUGHLY = Set.of("about", "some", "nearly", "around", "roughly", "almost");
  /** Most words of a crowd phrase after its count. */
  private static final int MAX_CROWD_WORDS = 3;

  /**
   * A crowd that speaks as one starting at {@code start}: an optional count ({@code Hundreds of}, {@code about 50}),
   * then capitalised or hyphenated qualifiers ({@code pro-Sanders}, {@code Trump}) and a plural role noun as head
   * ({@code Sanders protesters}, {@code Hundreds of pro-Sanders demonstrators}); null for any other phrase. Callers
   * need a verb right after it.
   */
  public static Mention crowd(CharSequence t, int start, int limit) {
    int i = Words.skipSpaces(t, start, limit);
    int phraseStart = i;
    int e = Words.wordEnd(t, i, limit);
    if (e > i && ROUGHLY.contains(Words.norm(t.subSequence(i, e).toString()))) {
      i = Words.skipSpaces(t, e, limit);
      e = Words.wordEnd(t, i, limit);
    }
    if (e > i && t.subSequence(i, e).chars().allMatch(Character::isDigit)) {
      i = Words.skipSpaces(t, e, limit); // about 50 protesters
    } else if (e > i && CROWD_COUNTS.contains(Words.norm(t.subSequence(i, e).toString()))) {
      int o = Words.skipSpaces(t, e, limit);
      int oe = Words.wordEnd(t, o, limit);
      if (oe - o != 2 || !t.subSequence(o, oe).toString().equals("of")) {
        return null;
      }
      i = Words.skipSpaces(t, oe, limit); // Hundreds of demonstrators
    } else if (i != phraseStart) {
      return null;
    }
    for (int k = 0; k <= MAX_CROWD_WORDS && i < limit; k++) {
      e = Words.wordEnd(t, i, limit);
      if (e == i) {
        return null;
      }
      String w = t.subSequence(i, e).toString();
      String n = Words.norm(w);
      if (SpeakerWords.ROLE_NOUNS.contains(n) && n.endsWith("s") && Character.isLowerCase(w.charAt(0))) {
        return new Mention(phraseStart, e, null, t.subSequence(phraseStart, e).toString(), Mention.Type.NOMINAL, n);
      }
      boolean qualifier = Character.isUpperCase(w.charAt(0)) && !SpeakerWords.isFunctionWord(n) && !SpeakerWords.PRONOUNS.contains(n)
          && !SpeakerWords.DETERMINERS.contains(n) || n.indexOf('-') > 0 || SpeakerWords.MODIFIERS.contains(n);
      if (!qualifier) {
        return null;
      }
      i = Words.skipSpaces(t, e, limit);
    }
    return null;
  }
}
