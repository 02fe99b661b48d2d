package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * A quote inside a sentence whose subject is a named speaker and that no cue claims takes that subject: {@code
 * Rubio also bemoaned the climate in which people “…”}, {@code Sanders criticized the accord, saying it goes “…”},
 * and the headline form {@code Ben Carson: Hillary Clinton “…”}. Only names count, never bare roles, since a
 * sentence about someone quotes someone else often enough; a he/she subject counts only when a cue stands in the
 * clause ({@code he began by saying, “…”}), and resolves as pronouns do. Immutable and thread-safe.
 */
public final class SentenceSubjectRule implements AttributionRule {
  /** Introductory phrases ({@code On Monday night,}) no longer than this many characters are stepped over. */
  private static final int MAX_INTRO = 40;
  /** With a cue backing the subject, a longer introduction (Amid calls from some to …, Walsh provided …). */
  private static final int MAX_CUED_INTRO = 100;

  @Override
  public String name() {
    return "sentence-subject";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int start = c.sentenceStart(c.start());
    int pStart = c.paragraphStart(c.paragraph());
    start = Math.max(start, pStart);
    if (start >= c.start()) {
      return Optional.empty(); // the quote opens its sentence: the subject is inside it
    }
    Optional<Attribution> named = subjectOf(c, start, c.start(), false);
    if (named.isPresent() || !c.cueEarlierInSentence()) {
      return named;
    }
    // he began by saying, “…”; she did say she found him “very charming”: with a cue in the clause, a pronoun
    // subject speaks too, resolved as pronouns are
    Mention m = c.mentionAfter(Words.skipSpaces(t, start, c.start()), c.start());
    if (m != null && m.type() == Mention.Type.PRONOUN && (m.head().equals("he") || m.head().equals("she"))) {
      Attribution a = c.resolve(m, null);
      return a.speaker() == null ? Optional.empty() : Optional.of(a);
    }
    if (m != null && m.type() == Mention.Type.NOMINAL && m.start() == Words.skipSpaces(t, start, c.start())
        && opensDescription(t, m) && followsWithVerb(t, m, c.start()) && verbAfter(c, m)) {
      // The billionaire businessman began by talking about …, saying that heroin is “…”: with a cue in the clause,
      // a described subject speaks, as the article names it when it names no one else for it
      Attribution a = c.resolve(m, null);
      return a.speaker() == null || a.speaker().isBlank() ? Optional.empty() : Optional.of(a);
    }
    return Optional.empty();
  }

  /** The subject of the clause opening at {@code start}, after an introductory phrase (Hours later, …) if any. */
  static Optional<Attribution> subjectOf(QuoteContext c, int start, int limit, boolean knownOnly) {
    String t = c.text();
    Optional<Attribution> a = subject(c, start, limit, knownOnly);
    int from = start;
    // one introductory phrase; two when a cue backs the subject (Following a swiftly called, late-afternoon meeting,
    // the Council issued a statement calling …), since without one a list's commas would be read as introductions
    for (int k = 0; k < (knownOnly ? 2 : 1) && a.isEmpty(); k++) {
      int comma = t.indexOf(',', from);
      if (comma < 0 || comma - from > (knownOnly ? MAX_CUED_INTRO : MAX_INTRO) || comma >= limit) {
        break;
      }
      a = subject(c, comma + 1, limit, knownOnly);
      from = comma + 1;
    }
    return a;
  }

  /** Words that open a sentence in capitals and name nobody: adverbs, wh-words, auxiliaries, quantifiers. */
  private static final Set<String> NON_NAMES = Set.of("only", "instead", "just", "perhaps", "maybe", "even",
      "indeed", "thus", "hence", "moreover", "nevertheless", "nonetheless", "furthermore", "besides", "otherwise",
      "already", "again", "once", "here", "what", "how", "why", "where", "which", "whose", "whether", "were", "was",
      "is", "are", "do", "does", "did", "some", "many", "most", "all", "both", "each", "every", "several", "few",
      "such", "other", "another", "much", "more", "less", "little", "not", "never", "nor", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundreds", "thousands", "millions", "dozens");

  /** The mention's first word is one of {@link #NON_NAMES}. */
  private static boolean opensWithNonName(String t, Mention m) {
    int e = Words.wordEnd(t, m.start(), m.end());
    return e > m.start() && NON_NAMES.contains(Words.norm(t.substring(m.start(), e)));
  }

  /**
   * The mention's first word looks like a participle or an adverb opening the sentence (Appearing on Fox, Hastily,
   * Immediately): a word ending in -ing or -ly. Callers still accept it when the article knows it as a name (Manning).
   */
  private static boolean opensWithParticipleOrAdverb(String t, Mention m) {
    int e = Words.wordEnd(t, m.start(), m.end());
    String w = Words.norm(t.substring(m.start(), e));
    return w.length() > 5 && w.endsWith("ing") || w.length() > 5 && w.endsWith("ly");
  }

  /** Openers of a described speaker: The Florida senator, One operative, His chief aide; or an owner: Ryan’s campaign. */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "a", "an", "one", "another", "his", "her",
      "their", "its");

  /** Heads that speak for an institution, which other rules resolve: a spokesman for the yard. */
  private static final Set<String> VOICES = Set.of("spokesman", "spokeswoman", "spokesperson", "retired", "former");

  private static boolean opensDescription(String t, Mention m) {
    int e = Words.wordEnd(t, m.start(), m.end());
    String first = t.substring(m.start(), e);
    return Character.isUpperCase(first.charAt(0))
        && (DESCRIPTION_OPENERS.contains(Words.norm(first)) || Words.isPossessive(first));
  }

  private static boolean followsWithVerb(String t, Mention m, int limit) {
    int j = Words.skipSpaces(t, m.end(), limit);
    int e = Words.wordEnd(t, j, limit);
    return e > j && Character.isLowerCase(t.charAt(j)) && !org.newsquote.extract.internal.SpeakerWords.isTitleWord(Words.norm(t.substring(j, e)));
  }

  /** Common irregular past forms that follow a subject in news prose. */
  private static final Set<String> IRREGULAR_PASTS = Set.of("took", "sought", "began", "made", "gave", "went", "got",
      "came", "held", "kept", "left", "ran", "saw", "sent", "stood", "brought", "won", "lost", "met", "paid", "spent",
      "set", "hit", "put", "cut", "let", "led", "fought", "bought", "found", "heard", "knew", "told", "said", "wrote",
      "spoke", "thought", "felt", "became", "chose", "drew", "fell", "grew", "rose", "threw", "wore", "broke");

  /**
   * The word after the mention reads as its verb: an auxiliary, a cue, a past in -ed, a present in -s or a common
   * irregular past ({@code The Florida senator sought}), and not a noun the mention left out ({@code One news
   * account}, {@code The retired neurosurgeon}).
   */
  private static boolean verbAfter(QuoteContext c, Mention m) {
    String t = c.text();
    int j = Words.skipSpaces(t, m.end(), c.start());
    int e = Words.wordEnd(t, j, c.start());
    if (e == j) {
      return false;
    }
    String w = t.substring(j, e);
    return c.isAuxiliary(j, e) || c.cueAt(j, e, false) != null || w.length() > 3 && w.endsWith("ed")
        || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") || IRREGULAR_PASTS.contains(w);
  }

  /** {@code knownOnly}: a lone unknown capital opening the clause (Hours later) is not taken for a name. */
  private static Optional<Attribution> subject(QuoteContext c, int from, int limit, boolean knownOnly) {
    String t = c.text();
    Mention m = c.mentionAfter(from, limit);
    boolean cuedRole = knownOnly && m != null && m.type() == Mention.Type.NOMINAL
        && m.start() == Words.skipSpaces(t, from, limit) && opensDescription(t, m);
    if (cuedRole && followsWithVerb(t, m, limit) && !VOICES.contains(m.head())) {
      // The Florida senator took a heckler in stride, saying …: with a cue, a role opening the clause speaks; a
      // definite role only when it resolves to someone named (else later rules may know better)
      Attribution a = c.resolve(m, null);
      boolean definite = Words.norm(t.substring(m.start(), Words.wordEnd(t, m.start(), m.end()))).equals("the");
      if (!definite || a.speaker() != null && !m.role().toLowerCase(java.util.Locale.ROOT)
          .endsWith(a.speaker().toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(a);
      }
    }
    if (m == null || m.name() == null || m.type() == Mention.Type.ORGANISATION && m.role() == null
        && m.name().indexOf(' ') < 0 && !c.isKnownSpeaker(m.name())) {
      return Optional.empty();
    }
    if (knownOnly && m.type() == Mention.Type.PERSON && m.role() == null && m.name().indexOf(' ') < 0 && !c.knowsPerson(m)
        && !c.isKnownSpeaker(m.name()) && m.start() == Words.skipSpaces(t, from, limit)) {
      return Optional.empty(); // Hours later, …: a lone capital opening the clause that names nobody in the article
    }
    if (opensWithNonName(t, m) || opensWithParticipleOrAdverb(t, m) && !c.knowsPerson(m) && !c.isKnownSpeaker(m.name())) {
      return Optional.empty(); // Only six years earlier, …; Perhaps; What the report shows: no one is named
    }
    if (Words.isPossessive(t.substring(m.start(), m.end()))) {
      return Optional.empty(); // Byrd’s strategy of “massive resistance”: the subject is the thing, not the man
    }
    int j = Words.skipSpaces(t, m.end(), limit);
    if (j < limit && t.charAt(j) == '(') { // Sen. Bernie Sanders (I-Vt.)
      int close = t.indexOf(')', j);
      j = close < 0 || close >= limit ? limit : Words.skipSpaces(t, close + 1, limit);
    }
    if (j < limit && t.charAt(j) == ':') {
      return Optional.of(c.resolve(m, null)); // headline: Ben Carson: Hillary Clinton “…”
    }
    if (j < limit && t.charAt(j) == ',') {
      int k = c.skipAppositives(j, limit);
      if (k < 0 && m.type() == Mention.Type.PERSON) {
        // Sanders, celebrating a victory in Vermont, is pledging …: a phrase between subject and verb
        int close = c.interruptionClose(j, limit);
        k = close < 0 ? -1 : Words.skipSpaces(t, close + 1, limit);
      }
      j = k;
      if (j < 0) {
        return Optional.empty();
      }
    }
    int e = Words.wordEnd(t, j, limit);
    // the subject must be followed by its verb: a lower-case word (bemoaned, is, has)
    if (e == j || !Character.isLowerCase(t.charAt(j))) {
      return Optional.empty();
    }
    return Optional.of(c.resolve(m, null));
  }
}
