package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * Finds the cue that reports speech in a stretch of a sentence, with its speaker: reading back from the stretch's
 * end, the rightmost cue verb with a speaker phrase before it ({@code Kirby said}) or inverted after it ({@code added
 * Mr Blair}), or the subject a participle, a coordinated verb, a {@code who} clause or a document hangs it on; it
 * stops at another quotation's closing mark, whose cue is not ours. {@link CueBeforeRule} reads the clause that
 * introduces a quote with it; the rules that look for a cue elsewhere in the sentence or the one before
 * ({@link ReportedSpeechRule}, {@link SameParagraphRule}, {@link PreviousSentenceRule}, {@link PossessiveWordsRule})
 * ask it too. Stateless and thread-safe (static methods over the {@link QuoteContext} they are given, which stays
 * confined to its rule pass).
 */
final class ClauseCueFinding {
  private ClauseCueFinding() {}

  /** The rightmost cue in [from, to) with a speaker phrase before (or, inverted, after) it. */
  static Optional<Attribution> findCue(QuoteContext c, int from, int to, boolean strongOnly) {
    String t = c.text();
    int i = to;
    while (i > from) {
      int e = i;
      while (e > from && !Words.isWordChar(t.charAt(e - 1))) {
        char ch = t.charAt(e - 1);
        if (isQuoteClose(ch)) {
          return Optional.empty(); // another quotation sits between: its cue is not ours
        }
        e--;
      }
      int s = Words.wordStart(t, e, from);
      if (s == e) {
        break;
      }
      String cue = c.cueAt(s, Math.min(e, Words.wordEnd(t, s, e)), strongOnly);
      if (cue == null && strongOnly) {
        cue = c.phraseCueAt(s, Math.min(e, Words.wordEnd(t, s, e)), to); // as the prosecutor put it, “…”
      }
      if (cue != null) {
        if (cue.equals("according to")) {
          int to2 = Words.skipSpaces(t, Words.wordEnd(t, s, to), to) + 2;
          Mention m = c.mentionAfter(to2, to);
          if (m != null) {
            return Optional.of(c.resolve(m, cue));
          }
        } else {
          if (ClauseSubjectFinding.participleAfterComma(t, s, e, from)) {
            // …, Spicer said, adding, “…”: a participle after a clause that ends with its speaker and cue is that
            // speaker's
            Mention trailing = ClauseSubjectFinding.trailingSpeaker(c, s, from);
            if (trailing != null) {
              return Optional.of(c.resolve(trailing, cue));
            }
            Mention crowd = ClauseSubjectFinding.crowdBeforeParticiple(c, s, from);
            if (crowd != null) {
              return Optional.of(c.resolve(crowd, cue));
            }
            // Trump returned the compliment, telling Reuters, “…”: the participle's subject is the sentence's
            Optional<Attribution> subject = subjectWithCue(c, from, s, cue);
            if (subject.isPresent()) {
              return subject;
            }
          }
          Mention m = ListenersAndDocuments.prepositionalObjectHead(c, c.mentionBefore(s, from), from);
          if (m != null && ListenersAndDocuments.objectBeforeParticiple(c, m, s, e, from)) {
            // Lee emailed members saying: “…”, her campaign sent an email to supporters stating, “…”: the noun before a
            // participle with no comma is the verb's object (listener, document, medium), so the clause's named
            // subject speaks (a pronoun there is left to other rules: resolving it here named the wrong person)
            Optional<Attribution> subject = subjectWithCue(c, from, m.start(), cue);
            if (subject.isPresent()) {
              return subject;
            }
            Mention described = ClauseSubjectFinding.definiteSubject(c, from, m.start());
            if (described != null) {
              return Optional.of(c.resolve(described, cue)); // The Vermont senator emailed supporters saying: “…”
            }
          }
          if (m != null && ListenersAndDocuments.isIndefiniteDocument(m)) {
            // the Security Council issued a statement calling it “…”: the statement speaks for the subject
            Optional<Attribution> subject = subjectWithCue(c, from, s, cue);
            if (subject.isPresent()) {
              return subject;
            }
            if (ListenersAndDocuments.afterIn(t, m.start(), from)) {
              i = s; // In a statement announcing the pick, the union called it “…”: the statement names no one
              continue;
            }
          }
          if (m == null) {
            m = ClauseSubjectFinding.relativeAntecedent(c, s, from);
          }
          if (m == null && c.cueAt(s, Math.min(e, Words.wordEnd(t, s, e)), true) != null) {
            m = ClauseSubjectFinding.describedSubject(c, s, from); // As a phone rang, the announcer said, “…”
          }
          if (m != null) {
            return Optional.of(c.resolve(m, cue));
          }
          if (ClauseSubjectFinding.coordinated(c, s, from)) {
            // Bush praised him but described his record as a “…”: the second verb shares the sentence's subject
            Optional<Attribution> subject = subjectWithCue(c, from, s, cue);
            if (subject.isPresent()) {
              return subject;
            }
          }
          // the object of told is the listener, never the speaker
          Mention inverted = cue.equals("tell") ? null : c.mentionAfter(Words.wordEnd(t, s, to), to);
          if (inverted != null && (s == Words.skipSpaces(t, from, to)
              || afterComma(t, s, from) && inverted.name() != null && !t.startsWith("ing", e - 3)
                  && inverted.end() == Words.skipSpacesBack(t, to, from))) {
            // Added Mr Blair: “…”; …, explained Rosenberg, “…”: the inverted cue closes the clause before the quote
            return Optional.of(c.resolve(inverted, cue));
          }
        }
      }
      i = s;
    }
    return Optional.empty();
  }

  /**
   * The subject of the clause opening at {@code start}, read as {@link SentenceSubjectRule#subjectOf} reads it with
   * a cue in the clause ({@code knownOnly}), given {@code cue} as its cue; empty when there is none.
   */
  private static Optional<Attribution> subjectWithCue(QuoteContext c, int start, int limit, String cue) {
    return SentenceSubjectRule.subjectOf(c, start, limit, true)
        .map(a -> new Attribution(a.speaker(), a.role(), cue, a.organisation()));
  }

  /** A comma right before the word at {@code s}. */
  static boolean afterComma(String t, int s, int from) {
    int p = Words.skipSpacesBack(t, s, from);
    return p > from && t.charAt(p - 1) == ',';
  }

  private static boolean isQuoteClose(char ch) {
    return ch == '\u201d' || ch == '"' || ch == '\u00bb';
  }
}
