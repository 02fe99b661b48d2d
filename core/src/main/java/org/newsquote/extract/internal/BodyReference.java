package org.newsquote.extract.internal;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a description of a body refers back to: {@code the alliance} to NATO, {@code the ministry} to the Foreign
 * Ministry, and in a company report {@code the company} to the firm named by its legal form as the subject opening a
 * sentence ({@code Thermwood Corp said …}, {@code <Rockwell International Corp> said …}), the way a report names the
 * firm it is about. Stateless and thread-safe.
 */
public final class BodyReference {
  /** A company's legal form closing its name: Rockwell International Corp, American Express Co, Guinness PLC. */
  private static final Set<String> LEGAL_FORMS = Set.of("co", "corp", "corporation", "inc", "ltd", "plc", "ag", "nv",
      "spa", "sa", "gmbh", "llc", "holdings");
  /** Nouns by which a report refers back to the firm it is about. */
  private static final Set<String> FIRM_HEADS = Set.of("company", "firm", "corporation");
  /** Words that join the capitalised words of a firm's name: General Motors of Canada Ltd, Procter and Gamble Co. */
  private static final Set<String> JOINS = Set.of("of", "and", "&");
  /** How many words a firm's name may take before its legal form. */
  private static final int MAX_WORDS = 6;
  /** How far back, in chars, the firm may be named. */
  private static final int LOOKBACK = 3000;

  private BodyReference() {}

  /** Whether {@code the <head>} can refer back to a body the article has named. */
  public static boolean isBodyHead(String head) {
    return ORG_HEADS.contains(head);
  }

  /**
   * The body {@code the <head>} at {@code pos} refers back to: for a firm's head the firm a sentence opened with by
   * its legal form, which comes first as a company report is about it and names others along the way (TWA's offer);
   * else the organisation named last. {@code midSentence} tells whether a position stands inside its sentence. Null
   * if none.
   */
  public static String before(CharSequence text, Sentences sentences, String head, int pos,
      IntPredicate midSentence) {
    String firm = FIRM_HEADS.contains(head) ? firmBefore(text, sentences, pos) : null;
    return firm != null ? firm : organisationBefore(text, head, pos, midSentence);
  }

  /** The last firm before {@code pos} named by its legal form as a sentence's opening subject; null if none. */
  static String firmBefore(CharSequence text, Sentences sentences, int pos) {
    int from = Math.max(0, pos - LOOKBACK);
    for (WordsBack words = new WordsBack(text, pos, from); words.next(); ) {
      int e = words.end();
      int ws = words.start();
      String w = text.subSequence(ws, e).toString();
      if (Character.isUpperCase(w.charAt(0)) && LEGAL_FORMS.contains(Words.norm(w))) {
        int s = nameStart(text, ws, from);
        if (s < ws && opensSentence(text, sentences, s)) {
          return text.subSequence(s, e).toString();
        }
      }
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

  /** Nouns by which the news refers back to an organisation it has named: the alliance, the ministry, the bloc. */
  private static final Set<String> ORG_HEADS = Set.of("alliance", "bloc", "ministry", "organisation",
      "organization", "agency", "company", "firm", "union", "party", "group", "body", "coalition", "league",
      "commission", "council", "committee", "bank", "department", "authority", "regulator", "charity");
  /** Capitalised abbreviations that name countries, not organisations. */
  private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "UK", "USA", "UAE", "USSR", "DC");
  private static final int ORG_LOOKBACK = 3000;

  /**
   * The organisation named last before {@code pos} that {@code the <head>} refers back to: an abbreviation (NATO,
   * the EU) or a capitalised name ending in the head noun (the Foreign Ministry … the ministry).
   */
  private static String organisationBefore(CharSequence text, String head, int pos, IntPredicate midSentence) {
    int from = Math.max(0, pos - ORG_LOOKBACK);
    for (WordsBack words = new WordsBack(text, pos, from); words.next(); ) {
      int e = words.end();
      int ws = words.start();
      String w = text.subSequence(ws, e).toString();
      if (w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)
          && !COUNTRY_ABBREVIATIONS.contains(w)) {
        return w;
      }
      if (w.equalsIgnoreCase(head) && Character.isUpperCase(w.charAt(0)) && midSentence.test(ws)) {
        // a capitalised run ending here: the Russian Foreign Ministry
        int s = ws;
        for (int k = 0; k < 4; k++) {
          int pe = Words.skipSpacesBack(text, s, from);
          int ps = Words.wordStart(text, pe, from);
          if (ps >= pe || !Character.isUpperCase(text.charAt(ps)) || pe != s - 1) {
            break;
          }
          s = ps;
        }
        if (s < ws) {
          return text.subSequence(s, e).toString();
        }
      }
    }
    return null;
  }
}
