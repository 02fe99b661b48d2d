package org.newsquote.extract.internal;

import java.util.Set;

/**
 * Tells, while NameScan scans an article for runs of capitalised name words, whether a word that is also
 * something else belongs to a name: a month that is a given name or surname (Theresa May, Jan Brewer; not in May), a
 * capitalised function word that is a surname (Al From), a lower-case particle that leads on to the rest of a surname
 * (Ruud van Nistelrooy). Holds only the article's text and never changes: thread-safe.
 */
final class NameRunWords {
  private final CharSequence text;

  /** Tests on words of {@code text}, the article's text that NameScan scans. */
  NameRunWords(CharSequence text) {
    this.text = text;
  }

  /** Whether a capitalised word, or another particle then one, follows a name particle ending at {@code end}. */
  boolean particleLeadsOn(int end) {
    int n = Words.skipSpaces(text, end, text.length());
    if (n >= text.length() || n == end) {
      return false;
    }
    if (Character.isUpperCase(text.charAt(n))) {
      return true;
    }
    int ne = Words.wordEnd(text, n, text.length());
    return ne > n && SpeakerWords.NAME_PARTICLES.contains(text.subSequence(n, ne).toString()) && particleLeadsOn(ne);
  }

  /** Months that are also given names or surnames: Jan Brewer, April Ryan, Theresa May. */
  private static final Set<String> NAME_MONTHS = Set.of("jan", "april", "may", "june", "august");
  /** Words that follow may the modal, not May the surname: Trump May be, Trump May not. */
  private static final Set<String> AFTER_MODAL = Set.of("be", "have", "not", "never", "well", "also", "soon",
      "still", "just", "even", "only", "yet", "need", "want", "face", "get", "win", "lose", "run");
  /** Words before a month that make it a date: in May, since June, last April. */
  private static final Set<String> DATE_LEAD = Set.of("in", "on", "by", "since", "until", "till", "of", "last",
      "next", "early", "late", "mid", "before", "after", "through", "from", "to", "this", "that", "every", "each",
      "during", "between", "and", "or", "for");

  /**
   * A month word that is part of a person's name, not a date: after a given name ({@code Theresa May}; {@code inRun}:
   * name words come right before it) or before a capitalised surname ({@code governor Jan Brewer}), never with a full
   * stop or a number after it ({@code Jan. 5}, {@code May 3}) nor after a word that leads a date ({@code in May Trump
   * said}).
   */
  boolean isMonthName(String w, String norm, int start, int end, boolean inRun) {
    if (!NAME_MONTHS.contains(norm) || w.endsWith(".") || end < text.length() && text.charAt(end) == '.') {
      return false;
    }
    int next = Words.skipSpaces(text, end, text.length());
    if (next >= text.length() || Character.isDigit(text.charAt(next))) {
      return false;
    }
    int pe = Words.skipSpacesBack(text, start, Math.max(0, start - 30));
    int ps = Words.wordStart(text, pe, Math.max(0, start - 30));
    String before = ps < pe ? Words.norm(text.subSequence(ps, pe).toString()) : "";
    if (DATE_LEAD.contains(before)) {
      return false;
    }
    if (inRun) {
      // Theresa May said, Mrs May; not a headline's modal (Trump May Not Have …, Trump May be Aligning)
      int ne = Words.wordEnd(text, next, text.length());
      return !Character.isUpperCase(text.charAt(next))
          && !AFTER_MODAL.contains(Words.norm(text.subSequence(next, ne).toString()));
    }
    return Character.isUpperCase(text.charAt(next)) && Words.isWordChar(text.charAt(next));
  }

  /**
   * {@code said Al From, who …}: a capitalised function word (no time word) right after a name's words and before a
   * comma or full stop ({@code inRun}: name words come right before it) is that name's surname, as {@link
   * MentionParser} reads it.
   */
  boolean isFunctionSurname(String norm, int end, boolean inRun) {
    return inRun && norm.length() > 2 && SpeakerWords.isFunctionWord(norm) && !SpeakerWords.isTimeWord(norm)
        && end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.');
  }
}
