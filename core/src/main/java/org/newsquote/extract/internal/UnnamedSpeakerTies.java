package org.newsquote.extract.internal;

import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Runs the phrase of a speaker the article does not name on over what ties it to someone or something, since that is
 * all the article says of who spoke: to whom they serve ({@code a longtime adviser to Bill Clinton}, {@code a
 * spokeswoman for the Transit Authority}) or what they know ({@code a source familiar with the investigation},
 * {@code two officials briefed on the talks}). Tells speech verbs by its cue lexicon; immutable and thread-safe.
 */
final class UnnamedSpeakerTies {
  private final CueLexicon cues;

  /** Ties read with {@code cues}, so that what a source knows never runs on into a speech verb. */
  UnnamedSpeakerTies(CueLexicon cues) {
    this.cues = cues;
  }

  /** Openers of an indefinite description: a spokesman, one adviser, another official. */
  static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
  /** Prepositions that tie an unnamed speaker to someone named: an adviser to Trump, a spokeswoman for the EU. */
  private static final Set<String> TIES = Set.of("to", "for", "at", "from", "with");

  /**
   * {@code a longtime adviser to Bill Clinton}, {@code a person close to the Clintons}, {@code a spokeswoman for the
   * Transit Authority}: an indefinite description runs on over {@code to}/{@code for} and a capitalised name, since
   * that name is all the article says of who spoke. Other mentions come back unchanged.
   */
  static Mention withPostmodifier(CharSequence t, Mention m, int limit) {
    String phrase = m.role();
    int sp = phrase.indexOf(' ');
    if (sp < 0 || !INDEFINITE.contains(Words.norm(phrase.substring(0, sp)))) {
      return m;
    }
    int i = Words.skipSpaces(t, m.end(), limit);
    int e = Words.wordEnd(t, i, limit);
    String n = e > i ? Words.norm(t.subSequence(i, e).toString()) : "";
    if (n.equals("close")) {
      i = Words.skipSpaces(t, e, limit);
      e = Words.wordEnd(t, i, limit);
      n = e > i ? Words.norm(t.subSequence(i, e).toString()) : "";
      if (!n.equals("to")) {
        return m;
      }
    } else if (!TIES.contains(n)) {
      return m;
    }
    int j = Words.skipSpaces(t, e, limit);
    int we = Words.wordEnd(t, j, limit);
    if (we > j && (Words.norm(t.subSequence(j, we).toString()).equals("the")
        || Words.norm(t.subSequence(j, we).toString()).equals("both"))) {
      j = Words.skipSpaces(t, we, limit); // a source at the Tampa station, an adviser to both Clintons
    }
    int end = -1;
    for (int k = 0; k < 5 && j < limit; k++) {
      we = Words.wordEnd(t, j, limit);
      if (we == j) {
        break;
      }
      String w = t.subSequence(j, we).toString();
      if (end > 0 && Character.isLowerCase(w.charAt(0))) {
        if (SpeakerWords.ROLE_NOUNS.contains(Words.norm(w)) || isHeadNoun(w) && (we >= limit || !Words.isWordChar(t.charAt(we))
            && t.charAt(we) != ' ')) {
          end = we; // a source at the Tampa station, a report from the State Department's inspector: its own head
        }
        break;
      }
      if (!Character.isUpperCase(w.charAt(0)) || SpeakerWords.isFunctionWord(Words.norm(w))) {
        break;
      }
      end = we;
      if (Words.isPossessive(w)) { // the State Department's inspector general
        int h = Words.skipSpaces(t, we, limit);
        for (int q = 0; q < 2 && h < limit; q++) { // up to two plain nouns that close the clause
          int he = Words.wordEnd(t, h, limit);
          if (he == h || !isHeadNoun(t.subSequence(h, he).toString())) {
            break;
          }
          if (he >= limit || !Words.isWordChar(t.charAt(he)) && t.charAt(he) != ' ') {
            end = he;
            break;
          }
          h = Words.skipSpaces(t, he, limit);
        }
        break;
      }
      j = Words.skipSpaces(t, we, limit);
    }
    if (end < 0) {
      return m;
    }
    return new Mention(m.start(), end, null, t.subSequence(m.start(), end).toString(), Mention.Type.NOMINAL,
        m.head());
  }

  /** Words that tie an unnamed source to what it knows, with the preposition each takes: familiar with the talks. */
  static final java.util.Map<String, String> KNOWING = java.util.Map.of("familiar", "with", "close", "to",
      "briefed", "on", "knowledgeable", "about");
  /** Heads of an unnamed source that such a tie describes: a person familiar with, two officials briefed on. */
  private static final Set<String> SOURCE_HEADS = Set.of("source", "sources", "person", "people", "official",
      "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insider", "insiders", "diplomat",
      "diplomats", "individual", "individuals", "strategist", "strategists", "operative", "operatives", "ally",
      "allies", "associate", "associates");
  /** Most words of what the source knows: the FDIC's internal investigation. */
  static final int MAX_KNOWN_WORDS = 6;

  /**
   * {@code a source familiar with the investigation}, {@code people close to the campaign}, {@code two officials
   * briefed on the talks}: news names an unnamed source by what it knows, and that whole phrase is the speaker, not
   * the thing known (the campaign did not speak). The phrase {@code m} begins, run on over the tie and its object;
   * null unless {@code m} is such a source and a tie follows it.
   */
  Mention knowingSourceAfter(CharSequence t, Mention m, int limit) {
    if (!isSource(m)) {
      return null;
    }
    int i = Words.skipSpaces(t, m.end(), limit);
    int e = Words.wordEnd(t, i, limit);
    String prep = e > i ? KNOWING.get(Words.norm(t.subSequence(i, e).toString())) : null;
    if (prep == null || t.subSequence(i, e).chars().anyMatch(Character::isUpperCase)) {
      return null;
    }
    int p = Words.skipSpaces(t, e, limit);
    int pe = Words.wordEnd(t, p, limit);
    if (pe == p || !Words.norm(t.subSequence(p, pe).toString()).equals(prep)) {
      return null;
    }
    int end = knownObjectEnd(t, Words.skipSpaces(t, pe, limit), limit);
    return end < 0 ? null : new Mention(m.start(), end, null, t.subSequence(m.start(), end).toString(),
        Mention.Type.NOMINAL, m.type() == Mention.Type.NOMINAL ? m.head() : Words.norm(m.name()));
  }

  /** An unnamed source: a nominal with a source head (a person, two officials), or a lone capitalised Sources. */
  private static boolean isSource(Mention m) {
    if (m.type() == Mention.Type.NOMINAL) {
      return SOURCE_HEADS.contains(m.head());
    }
    return m.type() == Mention.Type.PERSON && m.role() == null && m.name() != null && m.name().indexOf(' ') < 0
        && SOURCE_HEADS.contains(Words.norm(m.name()));
  }

  /**
   * The end of the thing a source knows, starting at {@code i}: an optional determiner or possessive, then up to
   * {@link #MAX_KNOWN_WORDS} nouns, adjectives and names, stopping at punctuation, a function word, an auxiliary or a
   * speech cue; -1 when no content word comes.
   */
  int knownObjectEnd(CharSequence t, int i, int limit) {
    int end = -1;
    boolean owned = false; // after a possessive a verb's form is a noun: Cruz's thinking
    for (int k = 0; k < MAX_KNOWN_WORDS && i < limit; k++) {
      int we = Words.wordEnd(t, i, limit);
      if (we == i) {
        break;
      }
      String w = t.subSequence(i, we).toString();
      String n = Words.norm(w);
      boolean opener = k == 0 && (n.equals("the") || n.equals("his") || n.equals("her") || n.equals("their")
          || n.equals("its") || n.equals("a") || n.equals("an"));
      boolean content = !opener && !SpeakerWords.isFunctionWord(n) && !UnnamedSpeakerPhrases.VERB_LIKE.contains(n) && !SpeakerWords.PRONOUNS.contains(n)
          && (owned || cues.lemmaOfNorm(n) == null) && !n.endsWith("ly") && w.chars().allMatch(ch -> Character.isLetterOrDigit(ch)
              || ch == '-' || ch == '\'' || ch == '\u2019' || ch == '.' || ch == '&');
      if (!opener && !content) {
        break;
      }
      if (content) {
        end = we;
      }
      owned = Words.isPossessive(w);
      if (we >= limit || t.charAt(we) != ' ') {
        break; // punctuation closes the object
      }
      i = Words.skipSpaces(t, we, limit);
    }
    return end;
  }

  /** A lower-case noun that may head a phrase: no function word, past form, participle or adverb. */
  private static boolean isHeadNoun(String w) {
    String n = Words.norm(w);
    return w.chars().allMatch(Character::isLowerCase) && !SpeakerWords.isFunctionWord(n) && !n.endsWith("ed")
        && !n.endsWith("ing") && !n.endsWith("ly");
  }
}
