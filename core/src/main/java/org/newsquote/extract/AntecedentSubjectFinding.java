package org.newsquote.extract;

import java.util.Set;
import org.newsquote.extract.internal.BodyReference;
import org.newsquote.extract.internal.DescriptionQualifiers;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.extract.internal.SpeakerWords;
import org.newsquote.extract.internal.SubjectAside;
import org.newsquote.extract.internal.Words;

/**
 * Finds the subject a pronoun or a description points back to: the named person opening its sentence (or, when the
 * pronoun opens its sentence, the previous one's), the unnamed person a description opening the sentence speaks of,
 * the organisation or group opening it; and tells whether such a subject opens a title-case headline or another's
 * report. {@link SpeakerResolution} asks it when it resolves he, she, they, it and definite descriptions. Immutable;
 * built with the {@link SpeakerResolution} of one quote and, like it, not shared between threads.
 */
final class AntecedentSubjectFinding {
  private final String text;
  private final Sentences sentences;
  private final SpeakerResolver resolver;
  private final MentionParser mentions;
  private final CueReading reading;

  AntecedentSubjectFinding(String text, Sentences sentences, SpeakerResolver resolver, MentionParser mentions,
      CueReading reading) {
    this.text = text;
    this.sentences = sentences;
    this.resolver = resolver;
    this.mentions = mentions;
    this.reading = reading;
  }

  /**
   * The named subject that a pronoun or description at {@code pos} points back to: its own sentence's, or when it
   * opens its sentence (or follows a quotation that opens it) the previous sentence's: {@code She says …}, {@code
   * “…,” said the 23-year-old}; null if none.
   */
  Mention anaphorSubject(int pos) {
    Mention subject = namedSubjectBefore(pos);
    if (subject == null) {
      // She says …: the pronoun opens its sentence, so it continues the previous sentence's named subject
      int prev = Words.skipSpacesBack(text, sentences.startOf(pos), 0);
      while (prev > 0 && !Words.isWordChar(text.charAt(prev - 1))) {
        prev--; // back over the full stop and closing marks into the previous sentence's last word
      }
      int opener = Words.skipSpaces(text, sentences.startOf(pos), pos);
      subject = prev > 0 && (opener == pos || opener < pos && isOpeningMark(text.charAt(opener)))
          ? namedSubjectBefore(prev) : null;
    }
    return subject;
  }

  /**
   * Whether {@code subject} opens a headline written in title case (New Polls Show Double-Digit Gaps): most of the
   * sentence's longer words capitalised, so its first capitalised run is no person's name.
   */
  boolean inHeadline(Mention subject) {
    int end = sentences.endOf(subject.start());
    int words = 0;
    int caps = 0;
    for (int i = subject.end(); i < end; ) {
      int we = Words.wordEnd(text, i, end);
      if (we == i) {
        i++;
        continue;
      }
      if (we - i > 3) {
        words++;
        caps += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
      }
      i = we;
    }
    return words > 0 && caps * 2 > words;
  }

  /**
   * Whether the sentence that {@code subject} opens is another's report, closed by a comma and a named cue: {@code
   * Tony Blair … has failed, Michael Howard has said} is about Blair but said by Howard.
   */
  boolean reportedByAnother(Mention subject) {
    int end = sentences.endOf(subject.start());
    for (int i = subject.end(); i < end; i++) {
      if (text.charAt(i) != ',') {
        continue;
      }
      int s = Words.skipSpaces(text, i + 1, end);
      Mention other = s < end && Character.isUpperCase(text.charAt(s)) ? mentions.after(text, s, end) : null;
      if (other == null || other.type() == Mention.Type.PRONOUN) {
        continue;
      }
      int w = Words.skipSpaces(text, other.end(), end);
      for (int k = 0; k < 2 && w < end; k++) {
        int we = Words.wordEnd(text, w, end);
        if (we == w) {
          break;
        }
        if (reading.cueAt(w, we, false) != null) {
          return true;
        }
        String n = Words.norm(text.substring(w, we));
        if (!(n.equals("has") || n.equals("have") || n.equals("had"))) {
          break;
        }
        w = Words.skipSpaces(text, we, end);
      }
    }
    return false;
  }

  /**
   * The unnamed person a description opening the sentence that holds {@code pos} (or, when the pronoun opens its
   * sentence, the one before) speaks of, followed by a verb or an aside and a verb: {@code A spokesman for the British
   * Casino Association, which represents …, said}, {@code The official said}; a title, trade or source of one person,
   * no body or thing; null otherwise.
   */
  Mention describedSubject(int pos) {
    Mention d = describedSubjectIn(pos);
    if (d != null) {
      return d;
    }
    int prev = Words.skipSpacesBack(text, sentences.startOf(pos), 0);
    while (prev > 0 && !Words.isWordChar(text.charAt(prev - 1))) {
      prev--;
    }
    int opener = Words.skipSpaces(text, sentences.startOf(pos), pos);
    return prev > 0 && (opener == pos || opener < pos && isOpeningMark(text.charAt(opener))) ? describedSubjectIn(prev)
        : null;
  }

  /** Words that open a description of one unnamed person: A spokesman, The official, One analyst. */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the", "one", "another");

  private Mention describedSubjectIn(int pos) {
    int s = Words.skipSpaces(text, sentences.startOf(pos), pos);
    if (s >= pos || !Character.isUpperCase(text.charAt(s))) {
      return null;
    }
    Mention d = mentions.after(text, s, pos);
    if (d == null || d.type() != Mention.Type.NOMINAL || d.start() != s || d.role() == null || d.head() == null) {
      return null;
    }
    String head = d.head();
    String first = Words.norm(text.substring(s, Words.wordEnd(text, s, pos)));
    if (!DESCRIPTION_OPENERS.contains(first) || !DescriptionQualifiers.isPersonHead(head)
        || SpeakerResolution.THING_HEADS.contains(head) || BodyReference.isBodyHead(head)
        || SpeakerResolution.isAgeDescription(d.role())) {
      return null;
    }
    int comma = d.end();
    while (comma < pos && comma - d.end() < 40 && text.charAt(comma) != ',' && text.charAt(comma) != '.') {
      comma++;
    }
    if (comma < pos && text.charAt(comma) == ',') {
      int w = Words.skipSpaces(text, comma + 1, pos);
      int we = Words.wordEnd(text, w, pos);
      if (we > w && (text.substring(w, we).equals("he") || text.substring(w, we).equals("she"))) {
        return null; // A former critic of the House of Lords, he has said: the description is the pronoun's aside
      }
      Mention named = mentions.after(text, w, pos);
      if (named != null && named.type() == Mention.Type.PERSON && named.name() != null) {
        return null; // The head of that tribunal, Kostas Panagopoulos, said; the correspondent in Jakarta, Rachel Harvey,
      }
      comma = Words.skipSpaces(text, d.end(), pos);
    }
    if (followedByVerb(d, pos)) {
      return d;
    }
    if (comma < pos && text.charAt(comma) == ',') {
      for (int k : SubjectAside.closingCommas(text, comma, pos)) {
        if (followedByVerb(new Mention(d.start(), k + 1, d.name(), d.role(), d.type(), d.head()), pos)) {
          return d;
        }
      }
    }
    return null;
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
    int we = Words.wordEnd(text, s, pos);
    if (we > s && SUBJECT_OPENERS.contains(text.substring(s, we))) {
      // But Parry … also admits: a conjunction opening the sentence stands before its subject
      int next = Words.skipSpaces(text, we < pos && text.charAt(we) == ',' ? we + 1 : we, pos);
      if (next < pos && Character.isUpperCase(text.charAt(next))) {
        s = next;
      }
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
    if (followedByVerb(subject, pos)) {
      return subject;
    }
    // Lord Belstead, a junior agriculture minister, told …; Parry, speaking exclusively to BBC Sport, also admits …
    int comma = Words.skipSpaces(text, subject.end(), pos);
    if (comma < pos && text.charAt(comma) == ',' && !reportedByAnother(subject)) { // not: Nippon Mining, …, Kasahara said
      for (int k : SubjectAside.closingCommas(text, comma, pos)) {
        Mention after = new Mention(subject.start(), k + 1, subject.name(), subject.role(), subject.type(),
            subject.head());
        if (followedByVerb(after, pos)) {
          return subject;
        }
      }
    }
    return null;
  }

  /** Conjunctions that may open a sentence before its subject: But Parry … also admits. */
  private static final Set<String> SUBJECT_OPENERS = Set.of("But", "And", "Yet", "So", "Meanwhile", "Still");

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
    return ve > v && !SpeakerWords.isTitleWord(Words.norm(text.substring(v, ve)));
  }

  /**
   * The organisation or group opening the sentence that holds {@code pos}, before it and followed by a verb: {@code
   * Clinton’s campaign} in {@code Clinton’s campaign is seeking … what they call}; null otherwise.
   */
  Mention groupSubjectBefore(int pos) {
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
}
