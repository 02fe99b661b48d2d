package org.newsquote.extract;

import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.SpeakerWords;
import org.newsquote.extract.internal.SubjectAside;
import org.newsquote.extract.internal.Words;

/**
 * Finds the speaker phrase that stands before a cue verb, stepping back over what news puts between a subject and its
 * verb: auxiliaries and adverbs (has also said), appositives and asides set off by commas or dashes ({@code Brian
 * Fallon, the campaign’s press secretary, noted}), a party label in brackets, a short phrase of time ({@code Beck on
 * Wednesday called}); and the bounds of such asides after a phrase. It holds only the article's text and read-only
 * parsers, so it is immutable; {@link QuoteContext} builds one for each quote and, like it, does not share it between
 * threads.
 */
final class SpeakerPhraseFinding {
  private final String text;
  private final CueLexicon cues;
  private final MentionParser mentions;
  private final CueReading reading;

  SpeakerPhraseFinding(String text, CueLexicon cues, MentionParser mentions, CueReading reading) {
    this.text = text;
    this.cues = cues;
    this.mentions = mentions;
    this.reading = reading;
  }

  /** The speaker phrase ending at {@code end}, stepping back over auxiliaries (has also said). */
  Mention mentionBefore(int end, int limit) {
    int e = Words.skipSpacesBack(text, end, limit);
    for (int k = 0; k < 3; k++) {
      int ws = Words.wordStart(text, e, limit);
      if (ws == e || !reading.isAuxiliary(ws, e)) {
        break;
      }
      e = Words.skipSpacesBack(text, ws, limit);
    }
    Mention m = e > limit && text.charAt(e - 1) == ',' ? SubjectAside.subjectBefore(text, e - 1, limit, mentions) : null;
    if (m == null) {
      m = e > limit && text.charAt(e - 1) == ',' ? beforeAppositive(e - 1, limit) : mentions.before(text, e, limit);
    }
    if (m == null && e > limit && text.charAt(e - 1) == ',') {
      int p = Words.skipSpacesBack(text, e - 1, limit);
      if (p > limit && text.charAt(p - 1) == ')') {
        m = mentions.before(text, p, limit); // Gov. John Kasich (R-OH), said
      }
    }
    if (m == null && e > limit && (text.charAt(e - 1) == '\u2014' || text.startsWith("--", e - 2))) {
      m = beforeDashAside(e, limit);
    }
    Mention beforeAdjunct = beforeAdjunct(end, e, limit);
    if (beforeAdjunct != null && (m == null || m.name() == null || m.start() >= beforeAdjunct.end())) {
      return beforeAdjunct; // the phrase read as a name (on Wednesday) is the adjunct's, not the subject
    }
    return m != null && m.type() == Mention.Type.PERSON && isObjectOfPreposition(m.start(), limit) ? null : m;
  }

  /**
   * {@code Gingrich — mentioned by Newsmax as the leading choice — told}: the named person before an aside set off by
   * dashes that closes at {@code close}; null otherwise.
   */
  private Mention beforeDashAside(int close, int limit) {
    int c = text.charAt(close - 1) == '\u2014' ? close - 1 : close - 2;
    for (int i = c - 1; i > Math.max(limit, c - MAX_INTERRUPTION * 2); i--) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '\n' || ch == '\u201c' || ch == '\u201d' || ch == '"') {
        return null;
      }
      if (ch == '\u2014' || ch == '-' && i > limit && text.charAt(i - 1) == '-') {
        int open = ch == '\u2014' ? i : i - 1;
        Mention m = mentions.before(text, open, limit);
        return m != null && m.type() == Mention.Type.PERSON && m.name() != null
            && m.end() == Words.skipSpacesBack(text, open, limit) && !governed(m.start(), limit) ? m : null;
      }
    }
    return null;
  }

  /** Words opening a short time or occasion phrase that news puts between a subject and its verb. */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "during", "in", "at", "last", "earlier", "later",
      "this", "yesterday", "today");

  /** Words that make the name before them an object or part of a larger subject (supporters of Trump in Iowa). */
  private static final Set<String> GOVERNING = Set.of("of", "for", "to", "against", "with", "by", "from", "about",
      "than", "and", "or", "like", "at", "in", "on", "the", "a", "an");

  /** Longest phrase between a name and its verb with no comma, in words. */
  private static final int MAX_ADJUNCT_WORDS = 5;

  /**
   * {@code Beck on Wednesday called}, {@code Trump in his announcement speech called}: a named subject, a short
   * phrase of time or occasion with no comma ending at {@code end}, then the verb at {@code verb} (never a participle).
   * The name, or null.
   */
  private Mention beforeAdjunct(int verb, int end, int limit) {
    int vs = Words.skipSpaces(text, verb, text.length());
    if (text.startsWith("ing", Words.wordEnd(text, vs, text.length()) - 3)) {
      return null; // having the New Yorker in the race and chiding: a participle has no subject of its own here
    }
    int e = end;
    for (int k = 0; k < MAX_ADJUNCT_WORDS; k++) {
      int ws = Words.wordStart(text, e, limit);
      if (ws == e || text.charAt(ws) != Character.toLowerCase(text.charAt(ws)) && !isTimeName(text.substring(ws, e))
          && !Character.isDigit(text.charAt(ws))) {
        return null;
      }
      String w = text.substring(ws, e);
      if (!ADJUNCT_OPENERS.contains(w) && reading.isAuxiliary(ws, e) || cues.lemma(w) != null || w.equals("and")
          || w.equals("but") || w.equals("or")) {
        return null; // knocked Rubio on trade and called him: the name is an object, the verb coordinated
      }
      int before = Words.skipSpacesBack(text, ws, limit);
      if (ADJUNCT_OPENERS.contains(w) && k > 0 || w.equals("yesterday") || w.equals("today")) {
        Mention m = mentions.before(text, before, limit);
        if (m != null && m.type() == Mention.Type.PERSON && m.name() != null && m.end() == before
            && !governed(m.start(), limit)) {
          return m;
        }
      }
      if (before == ws || !Words.isWordChar(text.charAt(before - 1))) {
        return null; // a comma, quote or sentence break: no longer one phrase
      }
      e = before;
    }
    return null;
  }

  /** Words that may open the time phrase after a participle (released on Friday, filed late Thursday). */
  private static final Set<String> TIME_LEADS = Set.of("on", "last", "late", "early", "this");
  /** Lower-case times that close such a phrase (published last week, released yesterday). */
  private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "yesterday", "today", "night",
      "morning", "evening", "afternoon");

  /**
   * {@code the order released Friday said}, {@code A court document filed on Thursday says}: a past participle (no cue
   * verb) at {@code from} and a short time phrase after it, a reduced relative clause that tells when a text came out;
   * the offset after the phrase (spaces skipped), or -1.
   */
  int afterParticipleTime(int from, int limit) {
    int e = Words.wordEnd(text, from, limit);
    String w = text.substring(from, e);
    if (e - from < 5 || !w.endsWith("ed") || !w.chars().allMatch(Character::isLowerCase) || cues.lemma(w) != null) {
      return -1;
    }
    int j = Words.skipSpaces(text, e, limit);
    int we = Words.wordEnd(text, j, limit);
    if (we > j && TIME_LEADS.contains(text.substring(j, we))) {
      j = Words.skipSpaces(text, we, limit);
      we = Words.wordEnd(text, j, limit);
    }
    if (we == j || !isTimeName(text.substring(j, we)) && !TIME_NOUNS.contains(text.substring(j, we))) {
      return -1;
    }
    int k = Words.skipSpaces(text, we, limit);
    int ke = Words.wordEnd(text, k, limit);
    if (ke > k && text.substring(k, ke).chars().allMatch(Character::isDigit)) {
      k = Words.skipSpaces(text, ke, limit); // filed June 3
    }
    return k;
  }

  private static final Set<String> TIME_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December");

  private static boolean isTimeName(String w) {
    return TIME_NAMES.contains(w);
  }

  private boolean governed(int start, int limit) {
    int e = Words.skipSpacesBack(text, start, limit);
    int ws = Words.wordStart(text, e, limit);
    return ws < e && GOVERNING.contains(text.substring(ws, e).toLowerCase(Locale.ROOT));
  }

  /** Words after which a name is a place or an object, never the subject of the next verb (in Tulsa, said). */
  private static final Set<String> OBJECT_MARKERS = Set.of("in", "at", "near", "into", "represents",
      "representing", "across", "outside", "inside", "throughout");

  private boolean isObjectOfPreposition(int start, int limit) {
    int e = Words.skipSpacesBack(text, start, limit);
    int ws = Words.wordStart(text, e, limit);
    return ws < e && OBJECT_MARKERS.contains(text.substring(ws, e));
  }

  /**
   * {@code Brian Fallon, the campaign’s press secretary, noted}: the name before one or two comma-enclosed
   * appositives that end at {@code comma}; null unless a name (not a bare role or pronoun) stands there.
   */
  private Mention beforeAppositive(int comma, int limit) {
    int c = comma;
    for (int k = 0; k < 2; k++) {
      int open = Words.appositiveOpen(text, c, limit);
      if (open < 0) {
        return k == 0 ? beforeInterruption(comma, limit) : null;
      }
      Mention m = mentions.before(text, open, limit);
      if (m != null && m.name() != null && m.end() == Words.skipSpacesBack(text, open, limit)) {
        return m;
      }
      if (k == 0 && m != null && m.type() == Mention.Type.NOMINAL && m.end() == Words.skipSpacesBack(text, open, limit)
          && (describesSubject(open, c) || tiedToName(m))) {
        // One attendee, who spoke on the condition of anonymity, said; A spokesman for Unison, Britain's biggest
        // union, said: the appositive describes the name the spokesman is tied to
        return m;
      }
      if (k == 0) {
        // the role comes first and the name stands between the commas: Clinton's campaign chairman, John Podesta, said
        Mention inner = mentions.before(text, c, open + 1);
        if (inner != null && inner.type() == Mention.Type.PERSON && inner.name() != null
            && (inner.role() == null || SpeakerWords.isCourtesyTitle(inner.role())
                || m != null && m.name() == null && m.end() == Words.skipSpacesBack(text, open, limit))
            && inner.start() == Words.skipSpaces(text, open + 1, c) && inner.name().indexOf(' ') > 0) {
          return inner;
        }
      }
      c = open;
    }
    return null;
  }

  private static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another");

  /** An unnamed speaker tied to a name: {@code A spokesman for Unison}, {@code a friend of Ann Lee}. */
  private static boolean tiedToName(Mention m) {
    String r = m.role();
    int sp = r == null ? -1 : r.indexOf(' ');
    return sp > 0 && INDEFINITES.contains(r.substring(0, sp).toLowerCase(Locale.ROOT))
        && (r.contains(" for ") || r.contains(" of ")) && !r.substring(sp).equals(r.substring(sp)
        .toLowerCase(Locale.ROOT));
  }

  /**
   * The phrase after the comma at {@code open} describes the unnamed subject before it: a who-clause or a participle
   * ({@code An Israeli official, speaking on the condition of anonymity, said}).
   */
  private boolean describesSubject(int open, int close) {
    int first = Words.skipSpaces(text, open + 1, close);
    if (text.startsWith("who ", first)) {
      return true;
    }
    int firstEnd = Words.wordEnd(text, first, close);
    return firstEnd - first > 4 && text.startsWith("ing", firstEnd - 3) && Character.isLowerCase(text.charAt(first));
  }

  /** Longest phrase set off by commas between a subject and its verb ({@code , for his part,}), in chars. */
  private static final int MAX_INTERRUPTION = 100;

  /**
   * {@code Huckabee, for his part, is labeling}, {@code Cruz, when asked what was wrong, responded}: a phrase between
   * commas that is no appositive still stands between a named subject and its verb. The name before the opening
   * comma, or null.
   */
  private Mention beforeInterruption(int comma, int limit) {
    int open = interruptionOpen(comma, limit);
    if (open < 0) {
      return null;
    }
    Mention m = mentions.before(text, open, limit);
    if (m == null && Words.skipSpacesBack(text, open, limit) > limit && text.charAt(Words.skipSpacesBack(text, open, limit) - 1) == ')') {
      m = mentions.before(text, Words.skipSpacesBack(text, open, limit), limit); // Sen. Durbin (D-Ill.), noting …, said
    }
    return m != null && (m.type() == Mention.Type.PERSON && m.name() != null
        || describesSubject(open, comma) && m.type() == Mention.Type.NOMINAL) // One attendee, who spoke …, said
        && m.end() <= Words.skipSpacesBack(text, open, limit) ? m : null;
  }

  /** The comma opening a phrase that the comma at {@code comma} closes, with no sentence break between; or -1. */
  private int interruptionOpen(int comma, int limit) {
    return phraseComma(comma - 1, Math.max(limit, comma - MAX_INTERRUPTION) - 1, -1);
  }

  /** The comma closing a phrase that the comma at {@code comma} opens, with no sentence break between; or -1. */
  int interruptionClose(int comma, int limit) {
    return phraseComma(comma + 1, Math.min(limit, comma + MAX_INTERRUPTION), 1);
  }

  /**
   * The first comma from {@code from} towards {@code to} (exclusive) in direction {@code step}, or -1 when a sentence
   * break or a quotation mark comes first: the phrase would then not be one aside inside one clause.
   */
  private int phraseComma(int from, int to, int step) {
    for (int i = from; step > 0 ? i < to : i > to; i += step) {
      char ch = text.charAt(i);
      if (ch == ',') {
        return i;
      }
      if (ch == '.' || ch == ';' || ch == ':' || ch == '\n' || ch == '"' || ch == '\u201c' || ch == '\u201d') {
        return -1;
      }
    }
    return -1;
  }

  /** After a speaker phrase: the offset just past one or two comma-enclosed appositives, or -1. */
  int skipAppositives(int commaPos, int limit) {
    int c = commaPos;
    for (int k = 0; k < 2 && c < limit && text.charAt(c) == ','; k++) {
      int close = Words.appositiveClose(text, c, limit);
      if (close < 0) {
        return -1;
      }
      c = Words.skipSpaces(text, close + 1, limit);
    }
    return c == commaPos ? -1 : c;
  }
}
