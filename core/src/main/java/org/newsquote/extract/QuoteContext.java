package org.newsquote.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.extract.internal.SubjectAside;
import org.newsquote.extract.internal.Words;

/**
 * One quote with what attribution rules need to see around it: the article text, sentence and paragraph bounds, the
 * quotes before it with their decided speakers, and helpers to read cues and speaker phrases. Reading cue verbs is
 * {@code CueReading}'s job and turning a speaker phrase into an attribution {@code SpeakerResolution}'s; this class
 * finds the speaker phrases and hands the rules one API for all three. Immutable; built by {@link QuoteExtractor} for
 * one rule pass and not shared between threads.
 */
public final class QuoteContext {
  /** A quote before this one and what was decided for it. */
  public record Earlier(int start, int end, int paragraph, Attribution attribution) {}

  private final String text;
  private final QuoteSpan span;
  private final Paragraphs paragraphs;
  private final Sentences sentences;
  private final SpeakerResolver resolver;
  private final CueLexicon cues;
  private final MentionParser mentions;
  private final List<Earlier> earlier;
  private final CueReading reading;
  private final SpeakerResolution resolution;

  QuoteContext(String text, QuoteSpan span, Paragraphs paragraphs, Sentences sentences, SpeakerResolver resolver,
      CueLexicon cues, MentionParser mentions, List<Earlier> earlier) {
    this.text = text;
    this.span = span;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.resolver = resolver;
    this.cues = cues;
    this.mentions = mentions;
    this.earlier = firstOf(earlier);
    this.reading = new CueReading(text, sentences, cues);
    this.resolution = new SpeakerResolution(text, span, paragraphs, sentences, resolver, mentions, this.earlier,
        reading);
  }

  /**
   * A read-only view of the decisions made so far: the extractor only appends to its list, so the first
   * {@code size} entries never change, and a view saves copying them for every quote (quadratic in long articles).
   */
  private static List<Earlier> firstOf(List<Earlier> list) {
    int size = list.size();
    if (size == 0) {
      return List.of();
    }
    return new java.util.AbstractList<>() {
      @Override
      public Earlier get(int index) {
        java.util.Objects.checkIndex(index, size);
        return list.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  public String text() {
    return text;
  }

  /** Offset of the opening mark. */
  public int start() {
    return span.start();
  }

  /** Offset just after the closing mark. */
  public int end() {
    return span.end();
  }

  public String content() {
    return span.content(text);
  }

  public int paragraph() {
    return span.paragraph();
  }

  /** Whether the marks say this stretch continues the quotation before it (a new paragraph opened again). */
  public boolean continuesPrevious() {
    return span.continues();
  }

  /** How many paragraphs the article has. */
  public int paragraphCount() {
    return paragraphs.count();
  }

  public int paragraphStart(int paragraph) {
    return paragraphs.start(paragraph);
  }

  public int paragraphEnd(int paragraph) {
    return paragraphs.end(paragraph);
  }

  public int sentenceStart(int pos) {
    return sentences.startOf(pos);
  }

  public int sentenceEnd(int pos) {
    return sentences.endOf(pos);
  }

  /** Quotes before this one in text order, with their attributions (null attribution when none was decided). */
  public List<Earlier> earlier() {
    return earlier;
  }

  /** The cue lemma of the word at [from, to), or null; {@code strongOnly} drops verbs that need a phrase. */
  public String cueAt(int from, int to, boolean strongOnly) {
    return reading.cueAt(from, to, strongOnly);
  }

  /**
   * {@code she went on.}, {@code as Trévidic put it,}: a weak verb at [from, to) followed by its particle and then
   * the clause's end ({@code limit}, a comma or a full stop) reports the quote; its lemma, else null.
   */
  public String phraseCueAt(int from, int to, int limit) {
    return reading.phraseCueAt(from, to, limit);
  }

  /**
   * Whether a speech cue (strong or weak: said, called, described) stands in this quote's sentence before it: the
   * quote then sits in reported speech even when no rule could name its speaker.
   */
  public boolean cueEarlierInSentence() {
    int from = Math.max(sentences.startOf(span.start()), paragraphs.start(span.paragraph()));
    int i = span.start();
    while (i > from) {
      int e = Words.previousWordEnd(text, i, from);
      int s = Words.wordStart(text, e, from);
      if (s >= e) {
        break;
      }
      if (Character.isLowerCase(text.charAt(s)) && cueAt(s, e, false) != null) {
        return true;
      }
      i = s;
    }
    return false;
  }

  /** The speaker phrase ending at {@code end}, stepping back over auxiliaries (has also said). */
  public Mention mentionBefore(int end, int limit) {
    int e = Words.skipSpacesBack(text, end, limit);
    for (int k = 0; k < 3; k++) {
      int ws = Words.wordStart(text, e, limit);
      if (ws == e || !isAuxiliary(ws, e)) {
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
      if (!ADJUNCT_OPENERS.contains(w) && isAuxiliary(ws, e) || cues.lemma(w) != null || w.equals("and")
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
  public int afterParticipleTime(int from, int limit) {
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
            && (inner.role() == null || MentionParser.isCourtesyTitle(inner.role())
                || m != null && m.name() == null && m.end() == Words.skipSpacesBack(text, open, limit))
            && inner.start() == Words.skipSpaces(text, open + 1, c) && inner.name().indexOf(' ') > 0) {
          return inner;
        }
      }
      c = open;
    }
    return null;
  }

  /** An unnamed speaker tied to a name: {@code A spokesman for Unison}, {@code a friend of Ann Lee}. */
  private static boolean tiedToName(Mention m) {
    String r = m.role();
    int sp = r == null ? -1 : r.indexOf(' ');
    return sp > 0 && Set.of("a", "an", "one", "another").contains(r.substring(0, sp).toLowerCase(Locale.ROOT))
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
  public int interruptionClose(int comma, int limit) {
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
  public int skipAppositives(int commaPos, int limit) {
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

  /** The speaker phrase starting at {@code start}. */
  public Mention mentionAfter(int start, int limit) {
    return mentions.after(text, start, limit);
  }

  /** A description of an unnamed speaker starting at {@code start} ({@code the gambling tycoon}), or null. */
  public Mention descriptionAfter(int start, int limit) {
    return mentions.description(text, start, limit, cues);
  }

  /** A crowd speaking as one at {@code start} ({@code Hundreds of pro-Sanders demonstrators}), or null. */
  public Mention crowdAfter(int start, int limit) {
    return mentions.crowd(text, start, limit);
  }

  /**
   * A description as {@link #descriptionAfter}, which may also open with a lower-case {@code this} ({@code this Trump
   * look-alike}) or have a cue word as its noun ({@code the order}): only for a phrase the caller then needs a cue
   * verb after.
   */
  public Mention subjectDescriptionAfter(int start, int limit) {
    return mentions.description(text, start, limit, cues, true);
  }

  /** Whether the word at [from, to) may stand between a speaker and the cue. */
  public boolean isAuxiliary(int from, int to) {
    return reading.isAuxiliary(from, to);
  }

  /** Whether {@code m} names a person the article names elsewhere in full. */
  public boolean knowsPerson(Mention m) {
    return resolver.knows(m);
  }

  /** Whether an earlier quote of this article was already given to {@code name}. */
  public boolean isKnownSpeaker(String name) {
    for (Earlier e : earlier) {
      if (e.attribution() != null && name.equals(e.attribution().speaker())) {
        return true;
      }
    }
    return false;
  }

  /** Turns a speaker phrase into an attribution with the article's canonical name for it. */
  public Attribution resolve(Mention m, String cue) {
    return resolution.resolve(m, cue);
  }
}
