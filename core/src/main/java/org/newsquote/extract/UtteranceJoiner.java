package org.newsquote.extract;

import java.util.Locale;
import org.newsquote.extract.QuoteMerger.Piece;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.Words;
import org.newsquote.model.QuoteKind;

/**
 * Decides whether two stretches in a row belong to one utterance: a stretch that a continuation mark re-opens, the
 * rest of a quoted sentence after the cue clause that interrupts it ({@code “…,” Obama said, “and …”}), fragments of
 * one list or one reported clause, a lone paragraph of quotation carrying on the speech just attributed, two
 * sentences of one speaker with the attribution sentence between them. {@link QuoteMerger} asks it of each stretch
 * and the one before, and joins the fragments' text with its tests. Only static methods over read-only tables:
 * thread-safe.
 */
final class UtteranceJoiner {
  private static final java.util.regex.Pattern GAP_SPLIT = java.util.regex.Pattern.compile("[\\s,\u00a0]+");

  private UtteranceJoiner() {}

  /** Whether {@code b} carries on the utterance of {@code a}, the stretch kept just before it. */
  static boolean joins(String text, Piece a, Piece b) {
    if (b.span().continues() && b.span().paragraph() - a.span().paragraph() <= 1) {
      return true;
    }
    if (continuesAfterCue(text, a, b)) {
      return true;
    }
    if (a.speaker() == null && b.speaker() == null && a.kind() == QuoteKind.PARTIAL && b.kind() == QuoteKind.PARTIAL
        && b.span().paragraph() == a.span().paragraph() && b.sentence() == a.sentence()
        && isConnective(text.substring(a.span().end(), b.span().start()))) {
      // portrayed it as a “workplace” or “gun control” issue: the two fragments are one list whoever said it, so
      // they stay one attribution even when no rule names its speaker
      return true;
    }
    if (a.speaker() == null || !a.speaker().equals(b.speaker())) {
      return false;
    }
    if (a.kind() == QuoteKind.PARTIAL && b.kind() == QuoteKind.PARTIAL && b.span().paragraph() == a.span().paragraph()
        && isConnective(text.substring(a.span().end(), b.span().start()))) {
      return true; // “disgusting” and “a con”: one fragment of reported speech
    }
    if (b.span().paragraph() == a.span().paragraph() + 1 && "previous-paragraph".equals(b.rule())
        && a.kind() == QuoteKind.DIRECT && b.kind() == QuoteKind.DIRECT && standsAlone(text, b)
        && ("cue-after".equals(a.rule()) || carriesOnSpeech(text, a, b))) {
      // “…,” Bozell adds. ¶ “…”: a paragraph of quotation alone, carrying on the speech just attributed
      return true;
    }
    if (b.span().paragraph() != a.span().paragraph()) {
      return false;
    }
    int gap = b.span().start() - a.span().end();
    if (gap > 120) {
      // “…,” Trump spokesperson Ron Lieberman told the Wall Street Journal in July, after …. “…”: a long attribution
      // sentence between two sentences of one speaker still joins them
      return gap <= MAX_ATTRIBUTION_GAP && "same-paragraph".equals(b.rule()) && b.kind() == QuoteKind.DIRECT
          && a.kind() == QuoteKind.DIRECT && b.sentence() != a.sentence();
    }
    if (a.kind() == QuoteKind.PARTIAL && b.kind() == QuoteKind.PARTIAL
        && (linksFragments(text, a, b) || oneClause(text, a, b))) {
      // one list of epithets, one speaker: a “liar” who is “amoral,” a “bully” are one attribution (PolNeAR)
      return true;
    }
    if ("reported-speech".equals(b.rule()) && "cue-after".equals(a.rule()) && b.kind() == QuoteKind.DIRECT
        && afterFullStop(text, a, b)) {
      // “…,” Cruz told reporters after a forum in Fort Mill, S.C. “…”: the cue sentence that attributed the first
      // stretch, read as the second one's own because of the abbreviation's point, names the same speaker again
      return true;
    }
    return b.rule() != null && b.rule().equals("same-paragraph") && b.kind() == QuoteKind.DIRECT
        && (a.kind() == QuoteKind.DIRECT || "cue-after".equals(a.rule()));
  }

  /** The gap between the stretches ends with a full stop: the second one opens a sentence of its own. */
  private static boolean afterFullStop(String text, Piece a, Piece b) {
    int j = b.span().start();
    while (j > a.span().end() && Words.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j > a.span().end() && j < b.span().start() && text.charAt(j - 1) == '.';
  }

  /**
   * {@code “…,” Obama said, “and …”}: the second stretch carries on the first after the cue that attributed it, in
   * the same sentence, so it takes the first one's speaker whatever its own rule read.
   */
  private static boolean continuesAfterCue(String text, Piece a, Piece b) {
    if (a.attribution() == null || a.speaker() == null || !"cue-after".equals(a.rule())
        || b.sentence() != a.sentence() || b.span().paragraph() != a.span().paragraph()) {
      return false;
    }
    int gap = b.span().start() - a.span().end();
    boolean continuesSentence = continuesQuotedSentence(text, a, b);
    if (gap > (continuesSentence ? MAX_ATTRIBUTION_GAP : 80)) {
      return false;
    }
    for (int i = a.span().end(); i < b.span().start(); i++) {
      char c = text.charAt(i);
      if ((c == '.' && !afterTitleAbbreviation(text, i)) || c == ';' || c == ':' || c == '?' || c == '!') {
        return false;
      }
    }
    if ("cue-after".equals(b.rule())) {
      return false; // “…,” she said, but “…,” said Kunin: each stretch has its own cue
    }
    String[] words = GAP_SPLIT.split(text.substring(a.span().end(), b.span().start()).strip());
    if (continuesSentence) {
      // “The risk,” said Edward Leamer, an economist who …, “is that …”: the quoted sentence goes on in lower case
      // after the speaker's description, however long; a reported clause (adding that, noting that) or a second
      // act (and with that …) is still another attribution
      String first = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
      if (first.equals("and") || first.equals("but") || first.equals("then")) {
        return false;
      }
      for (String w : words) {
        if (w.equalsIgnoreCase("that")) {
          return false;
        }
      }
    } else {
      if (words.length > 6) {
        return false;
      }
      for (String w : words) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.endsWith("ing") || lw.equals("but") || lw.equals("and") || lw.equals("then")) {
          return false; // he said, adding, “…”: a second act of saying, its own attribution
        }
      }
    }
    // the gap ends with the cue clause's comma: “…,” he said, “…”
    int j = b.span().start();
    while (j > a.span().end() && Words.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j > a.span().end() && text.charAt(j - 1) == ',';
  }

  /**
   * The first stretch closes on a comma and the second opens in lower case: one quoted sentence that the cue clause
   * interrupts ({@code “…,” he said of Trump and Ryan, “because …”}).
   */
  private static boolean continuesQuotedSentence(String text, Piece a, Piece b) {
    int cs = b.span().contentStart();
    while (cs < b.span().contentEnd() && (text.charAt(cs) == '.' || text.charAt(cs) == '\u2026'
        || Words.isWhitespace(text.charAt(cs)))) {
      cs++; // “… which”: an ellipsis opening the rest of the sentence
    }
    return cs < b.span().contentEnd() && Character.isLowerCase(text.charAt(cs)) && endsWithComma(text, a);
  }

  /**
   * {@code “…,” Barkley said. “…”} (or {@code Stated Stone: ¶ “…”}) ¶ {@code “…”}: the paragraph before ends on the
   * speaker's quotation, whichever stretch of it or rule named him, and the lone paragraph of quotation after it is
   * set in the same marks, on its own line: it carries that speech on. A paragraph opened by the other style of mark
   * (a straight one in an article quoting in curly ones) or by two marks is pasted text or a stray mark, not more of
   * the speech.
   */
  private static boolean carriesOnSpeech(String text, Piece a, Piece b) {
    int bs = b.span().start();
    if (!standsAlone(text, a) || text.substring(bs, b.span().end()).indexOf('\n') >= 0
        || isCurly(text.charAt(a.span().end() - 1)) != isCurly(text.charAt(bs))) {
      return false;
    }
    char next = bs + 1 < text.length() ? text.charAt(bs + 1) : ' ';
    return next != '"' && next != '\u201c' && next != '\u201d';
  }

  private static boolean isCurly(char c) {
    return c == '\u201c' || c == '\u201d';
  }

  /** Nothing but spaces between the stretch's end and its paragraph's end. */
  private static boolean standsAlone(String text, Piece b) {
    for (int i = b.span().end(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Words.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Longest attribution sentence between two direct stretches of one speaker, in chars. */
  private static final int MAX_ATTRIBUTION_GAP = 300;

  /** Longest run of plain words between two fragments of one list, in chars. */
  private static final int MAX_LINK = 24;
  private static final java.util.Set<String> LINK_STOPS = java.util.Set.of("that", "to", "said", "says", "called",
      "when", "while", "because", "after", "before", "if", "but", "he", "she", "they", "it", "we", "i", "his", "her",
      "their", "was", "were", "is", "are", "had", "has", "have");

  /** A full stop after a short capitalised word (Ms., Dr., Sen.) abbreviates a title; it ends no sentence. */
  private static boolean afterTitleAbbreviation(String text, int dot) {
    int ws = dot;
    while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    int len = dot - ws;
    return len >= 1 && len <= 3 && Character.isUpperCase(text.charAt(ws));
  }

  private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("and", "or", "but", "as", "well",
      "also", "even", "then", "not", "nor");

  /** Only linking words and commas between two fragments: {@code ” and “}, {@code ,” but “}. */
  static boolean isConnective(String gap) {
    if (gap.length() > 40) {
      return false;
    }
    for (String w : GAP_SPLIT.split(gap)) {
      if (!w.isEmpty() && !CONNECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Longest stretch of reported clause between two fragments of one attribution, in chars. */
  private static final int MAX_CLAUSE_GAP = 150;
  private static final CueLexicon CUES = CueLexicon.english();

  /**
   * {@code that Cruz is “a liar” when required to “tell the truth”}: two fragments of one sentence, the second with no
   * cue of its own (it took the paragraph's speaker), and between them only the reported clause carrying on: no new
   * cue verb (said, adding, calling), no second coordinated act ({@code and ranked}), no sentence or clause break. One
   * act of saying, one attribution.
   */
  static boolean oneClause(String text, Piece a, Piece b) {
    if (a.sentence() != b.sentence() || !"same-paragraph".equals(b.rule())
        || b.span().paragraph() != a.span().paragraph() || b.span().start() - a.span().end() > MAX_CLAUSE_GAP) {
      return false;
    }
    for (int i = a.span().end(); i < b.span().start(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == '(' || c == ')' || c == '\n') {
        return false;
      }
    }
    String[] words = GAP_SPLIT.split(text.substring(a.span().end(), b.span().start()).strip());
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && CUES.lemma(w) != null) {
        return false; // a verb of saying in between starts its own attribution
      }
      String lw = w.toLowerCase(Locale.ROOT);
      String next = k + 1 < words.length ? words[k + 1].toLowerCase(Locale.ROOT) : "";
      if ((lw.equals("and") || lw.equals("but")) && next.endsWith("ed")) {
        return false; // and likened it to …: a second act, reported apart
      }
      if ((lw.equals("had") || lw.equals("has") || lw.equals("have")) && next.endsWith("ed")) {
        return false; // a doctor had typed “…”: a new subject and its own verb
      }
      if (k == 0 && (lw.equals("and") || lw.equals("but")) && next.equals("that") && endsWithComma(text, a)) {
        return false; // noted that “…,” and that “…”: a second reported proposition, attributed apart
      }
    }
    return !(endsWithComma(text, a) && namesNewSubject(words));
  }

  /**
   * A capitalised word in the words after a fragment closed by a comma: {@code as “Mr. Trump,” while Trump refers to
   * the governor as “Chris.”}, {@code was “not a threat,” the FBI managed to “lose” …}. The comma closed the clause
   * and a named subject starts another, which the article attributes apart.
   */
  private static boolean namesNewSubject(String[] words) {
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The first fragment closes on a comma, inside or just after its marks. */
  private static boolean endsWithComma(String text, Piece a) {
    int ce = a.span().contentEnd();
    int e = a.span().end();
    return (ce > 0 && text.charAt(ce - 1) == ',') || (e < text.length() && text.charAt(e) == ',');
  }

  /** Fragments of one sentence with a few plain words between them (a “liar” who is “amoral”): no cue between. */
  static boolean linksFragments(String text, Piece a, Piece b) {
    if (a.sentence() != b.sentence() || b.span().start() - a.span().end() > MAX_LINK) {
      return false;
    }
    for (int i = a.span().end(); i < b.span().start(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || Character.isUpperCase(c)
          || Character.isDigit(c)) {
        return false;
      }
    }
    for (String w : GAP_SPLIT.split(text.substring(a.span().end(), b.span().start()))) {
      if (LINK_STOPS.contains(w.toLowerCase(Locale.ROOT))) {
        return false; // a new clause (that, to, said) starts another attribution
      }
    }
    return true;
  }
}
