package org.newsquote.extract.internal;

import java.util.Set;

/**
 * What {@code the company} refers back to in a company report: the firm named by its legal form as the subject
 * opening a sentence ({@code Thermwood Corp said …}, {@code <Rockwell International Corp> said …}), the way a report
 * names the firm it is about. Stateless and thread-safe.
 */
public final class FirmReference {
  /** A company's legal form closing its name: Rockwell International Corp, American Express Co, Guinness PLC. */
  private static final Set<String> LEGAL_FORMS = Set.of("co", "corp", "corporation", "inc", "ltd", "plc", "ag", "nv",
      "spa", "sa", "gmbh", "llc", "holdings");
  /** Nouns by which a report refers back to the firm it is about. */
  private static final Set<String> HEADS = Set.of("company", "firm", "corporation");
  /** Words that join the capitalised words of a firm's name: General Motors of Canada Ltd, Procter and Gamble Co. */
  private static final Set<String> JOINS = Set.of("of", "and", "&");
  /** How many words a firm's name may take before its legal form. */
  private static final int MAX_WORDS = 6;
  /** How far back, in chars, the firm may be named. */
  private static final int LOOKBACK = 3000;

  private FirmReference() {}

  /** Whether {@code the <head>} can refer back to a firm. */
  public static boolean isFirmHead(String head) {
    return HEADS.contains(head);
  }

  /** The last firm before {@code pos} named by its legal form as a sentence's opening subject; null if none. */
  public static String before(CharSequence text, Sentences sentences, int pos) {
    int from = Math.max(0, pos - LOOKBACK);
    int i = pos;
    while (i > from) {
      int e = Words.previousWordEnd(text, i, from);
      int ws = Words.wordStart(text, e, from);
      if (ws >= e) {
        return null;
      }
      String w = text.subSequence(ws, e).toString();
      if (Character.isUpperCase(w.charAt(0)) && LEGAL_FORMS.contains(Words.norm(w))) {
        int s = nameStart(text, ws, from);
        if (s < ws && opensSentence(text, sentences, s)) {
          return text.subSequence(s, e).toString();
        }
      }
      i = ws;
    }
    return null;
  }

  /** Where the firm's name whose legal form starts at {@code formStart} begins: capitalised words and joins back. */
  private static int nameStart(CharSequence text, int formStart, int from) {
    int s = formStart;
    for (int k = 0; k < MAX_WORDS; k++) {
      int pe = Words.skipSpacesBack(text, s, from);
      if (pe == s) {
        break; // no space before: punctuation, the name's start
      }
      int ps = text.charAt(pe - 1) == '&' ? pe - 1 : Words.wordStart(text, pe, from);
      if (ps >= pe) {
        break;
      }
      String w = text.subSequence(ps, pe).toString();
      if (Character.isUpperCase(w.charAt(0))) {
        s = ps;
      } else if (!JOINS.contains(w) || s == formStart) {
        break;
      } else {
        int qe = Words.skipSpacesBack(text, ps, from);
        int qs = Words.wordStart(text, qe, from);
        if (qs >= qe || qe == ps || !Character.isUpperCase(text.charAt(qs))) {
          break; // a join must stand between capitalised words
        }
        s = qs;
      }
    }
    return s;
  }

  /** The name at {@code s} opens its sentence, after a bracket at most ({@code <Thermwood Corp> said}). */
  private static boolean opensSentence(CharSequence text, Sentences sentences, int s) {
    int open = s > 0 && text.charAt(s - 1) == '<' ? s - 1 : s;
    int start = sentences.startOf(open);
    return Words.skipSpaces(text, start, open) == open;
  }
}
