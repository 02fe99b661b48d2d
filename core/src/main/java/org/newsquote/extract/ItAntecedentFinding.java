package org.newsquote.extract;

import java.util.List;
import java.util.Set;
import org.newsquote.extract.QuoteContext.Earlier;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.OrganisationAliases;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.Words;
import org.newsquote.extract.internal.WordsBack;

/**
 * Finds what {@code it} stands for when no earlier quote gives a speaker it can point back to: the organisation that
 * last spoke through a cue shortly before ({@code Bank Negara said it does not intend … “…,” it said}), else the
 * nearest thing that speaks named shortly before ({@code Bujnowski wrote in the affidavit. It continued}), reading
 * back outside the article's quotations. {@link SpeakerResolution} asks it when it resolves {@code it}. Immutable;
 * built with the {@link SpeakerResolution} of one quote and, like it, not shared between threads.
 */
final class ItAntecedentFinding {
  private final String text;
  private final QuoteSpan span;
  private final Paragraphs paragraphs;
  private final Sentences sentences;
  private final MentionParser mentions;
  private final List<Earlier> earlier;
  private final CueReading reading;

  ItAntecedentFinding(String text, QuoteSpan span, Paragraphs paragraphs, Sentences sentences, MentionParser mentions,
      List<Earlier> earlier, CueReading reading) {
    this.text = text;
    this.span = span;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.mentions = mentions;
    this.earlier = earlier;
    this.reading = reading;
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
  String thingBefore(int pos) {
    int from = Math.max(0, pos - THING_LOOKBACK);
    int para = paragraphs.indexOf(pos);
    if (para > 0) {
      from = Math.max(from, paragraphs.start(para - 1));
    }
    for (WordsBack words = new WordsBack(text, pos, from); words.next(); ) {
      int e = words.end();
      int ws = words.start();
      String w = Words.norm(text.substring(ws, e));
      if (SpeakerResolution.THING_HEADS.contains(w) && !inQuote(ws)) {
        int de = Words.skipSpacesBack(text, ws, from);
        int ds = Words.wordStart(text, de, from);
        String before = ds < de ? text.substring(ds, de) : "";
        // the affidavit, a sign; a named one: a National Audit Office report, Mr Crosby's statement
        if (THING_DETERMINERS.contains(Words.norm(before)) || !before.isEmpty()
            && (Character.isUpperCase(before.charAt(0)) && reading.midSentence(ds) || Words.isPossessive(before))) {
          return Words.stripPossessive(text.substring(ws, e)); // as written: the Post, the affidavit
        }
      }
    }
    return null;
  }

  /**
   * {@code Tracomin said it expects a good crop. “…,” it said}: with no earlier quote to point back to, {@code it} is
   * the organisation that last spoke through a cue in the same paragraph or the one before ({@code the DOT said},
   * {@code …, the Bundesbank said}); read back over cues whose speaker is {@code it} too, and stopping at the first
   * cue with another speaker (a person, a report). Its name, or null.
   */
  String organisationSayingBefore(int pos) {
    int para = paragraphs.indexOf(pos);
    int from = paragraphs.start(para > 0 ? para - 1 : para);
    from = Math.max(from, pos - ORG_LOOKBACK);
    for (WordsBack words = new WordsBack(text, pos, from); words.next(); ) {
      int e = words.end();
      int ws = words.start();
      if (inQuote(ws) || reading.cueAt(ws, e, true) == null) {
        continue;
      }
      Mention before = mentions.before(text, ws, Math.max(from, sentences.startOf(ws)));
      Mention speaker = before != null && before.end() == Words.skipSpacesBack(text, ws, from) ? before
          : mentions.after(text, e, Math.min(text.length(), sentences.endOf(e)));
      if (speaker == null || speaker.type() == Mention.Type.PRONOUN && "it".equals(speaker.head())) {
        continue;
      }
      if (speaker.type() != Mention.Type.ORGANISATION || speaker.name() == null) {
        return null;
      }
      String name = speaker.name().replaceFirst("^(?:A|An) ", ""); // A National Audit Office report says: no name has a
      return name.isEmpty() ? null : OrganisationAliases.canonical(name);
    }
    return null;
  }

  /** How far back, in chars, {@code it} looks for an organisation that spoke. */
  private static final int ORG_LOOKBACK = 600;

  /** Whether {@code pos} lies inside one of the article's quotations. */
  private boolean inQuote(int pos) {
    for (Earlier e : earlier) {
      if (pos >= e.start() && pos < e.end()) {
        return true;
      }
    }
    return pos >= span.start() && pos < span.end();
  }
}
