package org.newsquote.extract;

import java.util.List;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.extract.internal.UnnamedSpeakerPhrases;
import org.newsquote.extract.internal.Words;
import org.newsquote.extract.internal.WordsBack;

/**
 * One quote with what attribution rules need to see around it: the article text, sentence and paragraph bounds, the
 * quotes before it with their decided speakers, and helpers to read cues and speaker phrases. The helpers' work is
 * done by three package-private classes, one a job: {@code CueReading} reads cue verbs, {@code SpeakerPhraseFinding}
 * finds the speaker phrase before a cue, {@code SpeakerResolution} turns a phrase into an attribution; this class
 * gives the rules one API over them. Immutable; built by {@link QuoteExtractor} for one rule pass and not shared
 * between threads.
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
  private final SpeakerPhraseFinding phrases;
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
    this.phrases = new SpeakerPhraseFinding(text, cues, mentions, reading);
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
    for (WordsBack words = new WordsBack(text, span.start(), from); words.next(); ) {
      int e = words.end();
      int s = words.start();
      if (Character.isLowerCase(text.charAt(s)) && cueAt(s, e, false) != null) {
        return true;
      }
    }
    return false;
  }

  /** The speaker phrase ending at {@code end}, stepping back over auxiliaries (has also said). */
  public Mention mentionBefore(int end, int limit) {
    return phrases.mentionBefore(end, limit);
  }

  /**
   * {@code the order released Friday said}, {@code A court document filed on Thursday says}: a past participle (no cue
   * verb) at {@code from} and a short time phrase after it, a reduced relative clause that tells when a text came out;
   * the offset after the phrase (spaces skipped), or -1.
   */
  public int afterParticipleTime(int from, int limit) {
    return phrases.afterParticipleTime(from, limit);
  }

  /** The comma closing a phrase that the comma at {@code comma} opens, with no sentence break between; or -1. */
  public int interruptionClose(int comma, int limit) {
    return phrases.interruptionClose(comma, limit);
  }

  /** After a speaker phrase: the offset just past one or two comma-enclosed appositives, or -1. */
  public int skipAppositives(int commaPos, int limit) {
    return phrases.skipAppositives(commaPos, limit);
  }

  /** The speaker phrase starting at {@code start}. */
  public Mention mentionAfter(int start, int limit) {
    return mentions.after(text, start, limit);
  }

  /** A description of an unnamed speaker starting at {@code start} ({@code the gambling tycoon}), or null. */
  public Mention descriptionAfter(int start, int limit) {
    return UnnamedSpeakerPhrases.description(text, start, limit, cues);
  }

  /** A crowd speaking as one at {@code start} ({@code Hundreds of pro-Sanders demonstrators}), or null. */
  public Mention crowdAfter(int start, int limit) {
    return UnnamedSpeakerPhrases.crowd(text, start, limit);
  }

  /**
   * A description as {@link #descriptionAfter}, which may also open with a lower-case {@code this} ({@code this Trump
   * look-alike}) or have a cue word as its noun ({@code the order}): only for a phrase the caller then needs a cue
   * verb after.
   */
  public Mention subjectDescriptionAfter(int start, int limit) {
    return UnnamedSpeakerPhrases.description(text, start, limit, cues, true);
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
