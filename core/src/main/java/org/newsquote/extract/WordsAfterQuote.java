package org.newsquote.extract;

import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * Reads the words that follow a quotation, up to and past its cue: whether the quotation closes its sentence (on a
 * full stop, or on {@code !} or {@code ?} before a capital) or its paragraph, and whether what follows a cue verb
 * closes its clause or opens a complement of its own ({@code insist the delays were …}). {@link CueAfterRule} and
 * {@link ReportedSpeechRule} ask it to tell a cue that reports the quote from the next sentence's speech. Stateless
 * and thread-safe (static methods over the {@link QuoteContext} they are given, which stays confined to its rule
 * pass).
 */
final class WordsAfterQuote {
  private WordsAfterQuote() {}

  /** Words that open a verb's complement clause or object: after them the verb reports something else. */
  private static final Set<String> COMPLEMENT_STARTS = Set.of("that", "the", "a", "an", "he", "she", "it", "they",
      "we", "i", "his", "her", "their", "its", "this", "these", "those", "there", "our", "my");

  /**
   * {@code yelling “eminent domain!” A campaign TV ad released Thursday accuses}: a quotation closing on {@code !} or
   * {@code ?} and a capital at {@code i} start a new sentence, whose subject is no speaker of the quote.
   */
  static boolean newSentenceAfter(QuoteContext c, int i) {
    String t = c.text();
    int ce = c.end() - 1;
    while (ce > c.start() && !Words.isWordChar(t.charAt(ce)) && t.charAt(ce) != '!' && t.charAt(ce) != '?') {
      ce--;
    }
    return (t.charAt(ce) == '!' || t.charAt(ce) == '?') && Character.isUpperCase(t.charAt(i));
  }

  /** The quotation closes on a full stop: what follows starts a new sentence. */
  static boolean endsSentence(QuoteContext c) {
    String t = c.text();
    int ce = c.end() - 1;
    while (ce > c.start() && !Words.isWordChar(t.charAt(ce)) && t.charAt(ce) != '.') {
      ce--;
    }
    return t.charAt(ce) == '.';
  }

  /** The word after the cue verb opens a clause or an object (insist the delays were …, said that …). */
  static boolean opensComplement(String t, int verbEnd, int limit) {
    int k = Words.skipSpaces(t, verbEnd, limit);
    int ke = Words.wordEnd(t, k, limit);
    return ke > k && COMPLEMENT_STARTS.contains(t.substring(k, ke));
  }

  /** Only a full stop, a comma or the paragraph end follows the verb. */
  static boolean closesClause(String t, int verbEnd, int limit) {
    int k = Words.skipSpaces(t, verbEnd, limit);
    return k >= limit || t.charAt(k) == '.' || t.charAt(k) == ',';
  }

  /** Whether only closing punctuation and spaces stand between {@code i} and {@code limit}. */
  static boolean endsParagraph(String t, int i, int limit) {
    for (int k = i; k < limit; k++) {
      char ch = t.charAt(k);
      if (!Words.isSpace(ch) && ch != '.' && ch != ',') {
        return false;
      }
    }
    return true;
  }
}
