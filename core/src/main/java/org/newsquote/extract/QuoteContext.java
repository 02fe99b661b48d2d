package org.newsquote.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.OrganisationAliases;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.extract.internal.SubjectAside;
import org.newsquote.extract.internal.Words;

/**
 * One quote with what attribution rules need to see around it: the article text, sentence and paragraph bounds, the
 * quotes before it with their decided speakers, and helpers to read cues and speaker phrases. Immutable; built by
 * {@link QuoteExtractor} for one rule pass and not shared between threads.
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
    return switch (m.type()) {
      case PERSON -> {
        String alias = OrganisationAliases.canonical(m.name());
        if (!alias.equals(m.name())) {
          yield new Attribution(alias, null, cue, true); // the North Atlantic Alliance, read as a name: NATO
        }
        String name = resolver.canonical(m.name(), m.role());
        String role = m.role() != null ? m.role() : resolver.roleOf(name);
        yield new Attribution(name, role, cue, false);
      }
      case ORGANISATION -> new Attribution(OrganisationAliases.canonical(m.name()), null, cue, true);
      case PRONOUN -> resolvePronoun(m, cue);
      case NOMINAL -> {
        String known = knownSurname(m);
        yield known != null ? new Attribution(known, resolver.roleOf(known), cue, false) : resolveRole(m, cue);
      }
    };
  }

  /**
   * {@code King added} after {@code Rep. Steve King}: a lone capitalised title word read as a role is the surname of a
   * person the article names in full; that person, or null.
   */
  private String knownSurname(Mention m) {
    String phrase = m.role();
    if (phrase == null || phrase.isEmpty() || !Character.isUpperCase(phrase.charAt(0)) || phrase.indexOf(' ') >= 0) {
      return null;
    }
    String name = Words.stripPossessive(phrase);
    String full = resolver.canonical(name);
    return full.equals(name) ? null : full;
  }

  private Attribution resolvePronoun(Mention m, String cue) {
    String p = m.head();
    if (p.equals("he") || p.equals("she")) {
      Mention subject = namedSubjectBefore(m.start());
      if (subject == null) {
        // She says …: the pronoun opens its sentence, so it continues the previous sentence's named subject
        int prev = Words.skipSpacesBack(text, sentences.startOf(m.start()), 0);
        while (prev > 0 && !Words.isWordChar(text.charAt(prev - 1))) {
          prev--; // back over the full stop and closing marks into the previous sentence's last word
        }
        int opener = Words.skipSpaces(text, sentences.startOf(m.start()), m.start());
        subject = prev > 0 && (opener == m.start() || opener < m.start() && isOpeningMark(text.charAt(opener)))
            ? namedSubjectBefore(prev) : null;
      }
      if (subject != null && resolver.fitsPronoun(resolver.canonical(subject.name()), p)) {
        // Trump took to Twitter to accuse Clinton's campaign … what he called: the clause's subject, not the last name
        return resolve(subject, cue);
      }
      // the last person named whom the article does not mark as of the other sex (Ms Smith … he: not Ms Smith)
      String name = resolver.lastPersonBefore(m.start(), p);
      Attribution last = lastAttributed(false);
      if (name == null && last != null && resolver.fitsPronoun(last.speaker(), p)) {
        return new Attribution(last.speaker(), last.role(), cue, false);
      }
      return name == null ? new Attribution(null, null, cue, false)
          : new Attribution(name, resolver.roleOf(name), cue, false);
    }
    if (p.equals("they") || p.equals("it") || p.equals("we")) {
      Mention subject = groupSubjectBefore(m.start());
      if (subject != null) {
        // Clinton’s campaign is seeking to contrast her approach with what they call …: the clause's subject
        return resolve(subject, cue);
      }
      Attribution last = lastNonPerson(p);
      if (last == null && p.equals("it")) {
        String thing = thingBefore(m.start());
        return new Attribution(thing, null, cue, true);
      }
      return last == null ? new Attribution(null, null, cue, true) : new Attribution(last.speaker(), null, cue, true);
    }
    return new Attribution(null, null, cue, false);
  }

  /** A mark that opens a quotation at the head of a sentence: {@code "…," he said} opens with the quotation. */
  private static boolean isOpeningMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u2018';
  }

  /**
   * The named person opening the sentence that holds {@code pos}, before it and followed by a verb (a lower-case
   * word), whom the article names as a person: {@code Trump} in {@code Trump took to Twitter … what he called}; null
   * when the sentence opens otherwise.
   */
  private Mention namedSubjectBefore(int pos) {
    int s = Words.skipSpaces(text, sentences.startOf(pos), pos);
    if (s >= pos || !Character.isUpperCase(text.charAt(s))) {
      return null;
    }
    Mention subject = mentions.after(text, s, pos);
    if (subject == null || subject.type() != Mention.Type.PERSON || subject.name() == null || subject.start() != s
        || !resolver.knows(subject)) { // Looking ahead, Pressed on: an opening word names nobody the article knows
      return null;
    }
    if (opensWithParticiple(subject.name()) || Words.isPossessive(text.substring(subject.start(), subject.end()))
        && !nextWordIs(subject.end(), "been")) {
      return null; // Following Sanders on MSNBC, Clinton …; Trump’s accusation …, Biden said: not the subject
    }
    return followedByVerb(subject, pos) ? subject : null;
  }

  /** Whether the word after {@code pos} is {@code word}: Christie’s been making the case is Christie has. */
  private boolean nextWordIs(int pos, String word) {
    int w = Words.skipSpaces(text, pos, text.length());
    int we = Words.wordEnd(text, w, text.length());
    return we > w && text.substring(w, we).equalsIgnoreCase(word);
  }

  /**
   * Whether a name of two words or more opens with a word in -ing, which at the head of a sentence is a participle
   * or a preposition (Following, Regarding, Speaking), not a given name.
   */
  private static boolean opensWithParticiple(String name) {
    int sp = name.indexOf(' ');
    return sp > 3 && name.regionMatches(true, sp - 3, "ing", 0, 3);
  }

  /** A lower-case word after the mention that is no role word: Lib Dem | home affairs spokesman is no subject. */
  private boolean followedByVerb(Mention subject, int pos) {
    int v = Words.skipSpaces(text, subject.end(), pos);
    if (v >= pos || v == subject.end() || !Character.isLowerCase(text.charAt(v))) {
      return false;
    }
    int ve = Words.wordEnd(text, v, pos);
    return ve > v && !MentionParser.isTitleWord(Words.norm(text.substring(v, ve)));
  }

  /**
   * The organisation or group opening the sentence that holds {@code pos}, before it and followed by a verb: {@code
   * Clinton’s campaign} in {@code Clinton’s campaign is seeking … what they call}; null otherwise.
   */
  private Mention groupSubjectBefore(int pos) {
    int s = Words.skipSpaces(text, sentences.startOf(pos), pos);
    if (s >= pos || !Character.isUpperCase(text.charAt(s))) {
      return null;
    }
    Mention subject = mentions.after(text, s, pos);
    boolean owned = subject != null && subject.type() == Mention.Type.NOMINAL
        && (subject.role().contains("\u2019s ") || subject.role().contains("'s ")); // Clinton's campaign
    if (subject == null || subject.start() != s || !(subject.type() == Mention.Type.ORGANISATION || owned)) {
      return null;
    }
    return followedByVerb(subject, pos) ? subject : null;
  }

  private Attribution resolveRole(Mention m, String cue) {
    String head = m.head();
    String phrase = m.role();
    // this Trump look-alike: a demonstrative points back like the article does
    int determiner = phrase.regionMatches(true, 0, "the ", 0, 4) ? 4 : phrase.startsWith("this ") ? 5 : 0;
    boolean definite = determiner > 0;
    if (definite) {
      String name = resolver.lastWithRoleBefore(head, m.start(), phrase);
      if (name != null) {
        return new Attribution(name, resolver.roleOf(name), cue, false);
      }
      Set<String> q = SpeakerResolver.qualifiers(phrase, head);
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Attribution a = earlier.get(i).attribution();
        if (a != null && a.speaker() != null && a.speaker().toLowerCase(Locale.ROOT).contains(head)
            && !otherQualifiers(a.speaker(), q)) {
          return new Attribution(a.speaker(), a.role(), cue, a.organisation());
        }
      }
    }
    if (definite && phrase.indexOf(' ', determiner) < 0 && ORG_HEADS.contains(head)) {
      String org = organisationBefore(head, m.start());
      if (org != null) {
        return new Attribution(org, null, cue, true); // NATO … the alliance said
      }
    }
    String bare = phrase.substring(determiner);
    return new Attribution(bare, null, cue, false);
  }

  /**
   * Whether an earlier speaker's words tell someone else than the description's qualifiers: the Florida senator and
   * Republican presidential candidate is not the independent Vermont senator and Democratic presidential candidate.
   */
  private static boolean otherQualifiers(String speaker, Set<String> q) {
    Set<String> own = SpeakerResolver.qualifiers("x " + speaker, "");
    q = new java.util.HashSet<>(q);
    q.remove("vice");
    own.remove("vice");
    return !q.isEmpty() && !own.isEmpty() && java.util.Collections.disjoint(own, q);
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
  private String organisationBefore(String head, int pos) {
    int from = Math.max(0, pos - ORG_LOOKBACK);
    int i = pos;
    while (i > from) {
      int e = Words.previousWordEnd(text, i, from);
      int ws = Words.wordStart(text, e, from);
      if (ws >= e) {
        break;
      }
      String w = text.substring(ws, e);
      if (w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)
          && !COUNTRY_ABBREVIATIONS.contains(w)) {
        return w;
      }
      if (w.equalsIgnoreCase(head) && Character.isUpperCase(w.charAt(0)) && reading.midSentence(ws)) {
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
          return text.substring(s, e);
        }
      }
      i = ws;
    }
    return null;
  }

  /** Nouns of things and bodies that speak in the news and that {@code it} refers back to: the newspaper, the email. */
  private static final Set<String> THING_HEADS = Set.of("newspaper", "paper", "email", "e-mail", "statement",
      "company", "firm", "editorial", "letter", "ad", "advertisement", "commercial", "spot", "memo", "report",
      "lawsuit", "suit", "filing", "complaint", "document", "video", "message", "website", "site", "campaign",
      "committee", "group", "sign", "tweet", "post", "release", "poll", "survey", "study", "affidavit", "ruling",
      "court", "agency", "department", "ministry", "board", "organization", "organisation", "party", "network",
      "magazine", "publication", "petition", "note", "card", "flyer", "mailer", "banner", "caption", "headline",
      "article", "brief", "motion", "bill", "book", "blog", "station", "channel", "outlet", "union", "council");

  /**
   * The speaker of the nearest earlier quote that {@code it}, {@code they} or {@code we} can point back to: an
   * organisation, or a speaker the article only describes whose head fits the pronoun — a thing or body for it ({@code
   * “…,” the newspaper admitted. “…,” it added}), a plural for they ({@code the groups say. They argue}). Null if none.
   */
  private Attribution lastNonPerson(String pronoun) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i).attribution();
      if (a == null || a.speaker() == null) {
        continue;
      }
      if (a.organisation() || !a.speaker().isEmpty() && Character.isLowerCase(a.speaker().charAt(0))
          && fitsPronoun(a.speaker(), pronoun)) {
        return a;
      }
    }
    return null;
  }

  /** How far back, in chars, {@code it} looks for the thing it stands for when no earlier quote gives one. */
  private static final int THING_LOOKBACK = 400;
  private static final Set<String> THING_DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "this");

  /**
   * {@code Bujnowski wrote in the affidavit. It continued: “…”}, {@code putting out a statement … In cases of abortion,
   * it said, “…”}: with no earlier quote to point back to, {@code it} stands for the nearest thing that speaks named
   * shortly before in the same paragraph or the one before, after a determiner, a capitalised name or a possessive
   * ({@code the affidavit}, {@code a National Audit Office report}, {@code Mr Crosby's statement}); its head noun as
   * written, or null.
   */
  private String thingBefore(int pos) {
    int from = Math.max(0, pos - THING_LOOKBACK);
    int para = paragraphs.indexOf(pos);
    if (para > 0) {
      from = Math.max(from, paragraphs.start(para - 1));
    }
    int i = pos;
    while (i > from) {
      int e = Words.previousWordEnd(text, i, from);
      int ws = Words.wordStart(text, e, from);
      if (ws >= e) {
        break;
      }
      String w = Words.norm(text.substring(ws, e));
      if (THING_HEADS.contains(w) && !inQuote(ws)) {
        int de = Words.skipSpacesBack(text, ws, from);
        int ds = Words.wordStart(text, de, from);
        String before = ds < de ? text.substring(ds, de) : "";
        // the affidavit, a sign; a named one: a National Audit Office report, Mr Crosby's statement
        if (THING_DETERMINERS.contains(Words.norm(before)) || !before.isEmpty()
            && (Character.isUpperCase(before.charAt(0)) && reading.midSentence(ds) || Words.isPossessive(before))) {
          return Words.stripPossessive(text.substring(ws, e)); // as written: the Post, the affidavit
        }
      }
      i = ws;
    }
    return null;
  }

  /** Whether {@code pos} lies inside one of the article's quotations. */
  private boolean inQuote(int pos) {
    for (Earlier e : earlier) {
      if (pos >= e.start() && pos < e.end()) {
        return true;
      }
    }
    return pos >= span.start() && pos < span.end();
  }

  /** Whether a described speaker's head noun fits the pronoun: a thing for it, a plural for they and we. */
  private static boolean fitsPronoun(String description, String pronoun) {
    String head = Words.norm(description.substring(description.lastIndexOf(' ') + 1));
    if (pronoun.equals("it")) {
      return THING_HEADS.contains(head);
    }
    return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s");
  }

  private Attribution lastAttributed(boolean organisation) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i).attribution();
      if (a != null && a.speaker() != null && a.organisation() == organisation) {
        return a;
      }
    }
    return null;
  }
}
