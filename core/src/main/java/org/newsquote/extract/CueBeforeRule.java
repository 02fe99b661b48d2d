package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * The cue in the clause that introduces the quote with a colon or comma: {@code Kirby said: “…”}, {@code Mr Balls
 * told Today: "…"}, {@code She adds, “…”}; also a paragraph that ends with such a clause and a colon before a
 * paragraph of quotation. Immutable and thread-safe.
 */
public final class CueBeforeRule implements AttributionRule {
  @Override
  public String name() {
    return "cue-before";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int pStart = c.paragraphStart(c.paragraph());
    int j = Words.skipSpacesBack(t, c.start(), pStart);
    int clauseEnd;
    if (j > pStart) {
      char p = t.charAt(j - 1);
      if (p != ':' && p != ',') {
        return Optional.empty();
      }
      clauseEnd = j - 1;
    } else if (c.paragraph() > 0 && !c.continuesPrevious()) {
      int prevEnd = c.paragraphEnd(c.paragraph() - 1);
      if (t.charAt(prevEnd - 1) != ':') {
        return Optional.empty();
      }
      clauseEnd = prevEnd - 1;
    } else {
      return Optional.empty();
    }
    int clauseStart = c.sentenceStart(clauseEnd);
    int main = t.charAt(clauseEnd) == ':' ? afterFrontedPhrase(t, clauseStart, clauseEnd) : -1;
    if (main > 0) {
      // With Democratic leaders worried about …, President Obama is rolling out a new message: “…”: the cue of the
      // fronted phrase is not the one that introduces the quotation, the main clause is
      Optional<Attribution> a = findCue(c, main, clauseEnd, true);
      if (a.isEmpty()) {
        a = findCue(c, main, clauseEnd, false);
      }
      if (a.isEmpty()) {
        a = introducer(c, main, clauseEnd);
      }
      if (a.isPresent()) {
        return a;
      }
    }
    Optional<Attribution> strong = findCue(c, clauseStart, clauseEnd, true);
    if (strong.isPresent() || t.charAt(clauseEnd) != ':') {
      return strong;
    }
    // a colon introduces the quotation by itself, so a verb that needs company is enough: Caddell continued: “…”
    Optional<Attribution> weak = findCue(c, clauseStart, clauseEnd, false);
    return weak.isPresent() ? weak : introducer(c, clauseStart, clauseEnd);
  }

  /**
   * A colon clause with no cue verb still introduces its subject's words: {@code The mayor’s office released the
   * following statement: “…”}, and a bare name labels them ({@code – Dana Whitfield: “…”}, as in round-ups). Only a
   * name, never a role or pronoun.
   */
  private static Optional<Attribution> introducer(QuoteContext c, int clauseStart, int colon) {
    String t = c.text();
    int from = Words.skipSpaces(t, clauseStart, colon);
    while (from < colon && (t.charAt(from) == '-' || t.charAt(from) == '\u2013' || t.charAt(from) == '\u2014'
        || Words.isSpace(t.charAt(from)))) {
      from++; // a round-up's dash before the label
    }
    Mention label = c.mentionAfter(from, colon);
    if (label != null && label.type() == Mention.Type.PERSON && label.name() != null
        && label.end() == Words.skipSpacesBack(t, colon, from)
        && (label.name().indexOf(' ') > 0 || c.knowsPerson(label))) {
      return Optional.of(c.resolve(label, null));
    }
    Optional<Attribution> named = SentenceSubjectRule.subjectOf(c, from, colon, true);
    return named.isPresent() ? named : pronounIntroducer(c, from, colon);
  }

  /**
   * {@code He also played up his strength: “…”}, {@code And she is sure that …: “…”}: he or she opening the colon
   * clause, before its verb, introduces their own words as a name does; resolved as pronouns are, and only when the
   * article gives someone to resolve to.
   */
  private static Optional<Attribution> pronounIntroducer(QuoteContext c, int from, int colon) {
    String t = c.text();
    int s = from;
    int we = Words.wordEnd(t, s, colon);
    if (we > s && CONJUNCTIONS.contains(t.substring(s, we))) {
      s = Words.skipSpaces(t, we, colon); // And she …, But he …
    }
    Mention m = c.mentionAfter(s, colon);
    if (m == null || m.start() != s || m.type() != Mention.Type.PRONOUN
        || !(m.head().equals("he") || m.head().equals("she"))) {
      return Optional.empty();
    }
    int v = Words.skipSpaces(t, m.end(), colon);
    int ve = Words.wordEnd(t, v, colon);
    if (ve == v || !Character.isLowerCase(t.charAt(v))) {
      return Optional.empty(); // the pronoun must be the subject of a verb
    }
    Attribution a = c.resolve(m, null);
    return a.speaker() == null ? Optional.empty() : Optional.of(a);
  }

  private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("And", "But", "Yet", "So");

  /** Words that open a fronted phrase before the main clause: With …, After …, Although …. */
  private static final java.util.Set<String> FRONTING = java.util.Set.of("With", "After", "As", "While", "Although",
      "Though", "Because", "Since", "Despite", "Amid", "When", "Before", "If", "Once", "Unless");

  /** The start of the main clause after a fronted phrase opening at {@code start} and closed by a comma; else -1. */
  private static int afterFrontedPhrase(String t, int start, int end) {
    int s = Words.skipSpaces(t, start, end);
    int we = Words.wordEnd(t, s, end);
    if (we == s || !FRONTING.contains(t.substring(s, we))) {
      return -1;
    }
    int comma = t.indexOf(',', we);
    return comma < 0 || comma >= end ? -1 : comma + 1;
  }

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
            Optional<Attribution> subject = SentenceSubjectRule.subjectOf(c, from, s, true);
            if (subject.isPresent()) {
              Attribution a = subject.get();
              return Optional.of(new Attribution(a.speaker(), a.role(), cue, a.organisation()));
            }
          }
          Mention m = prepositionalObjectHead(c, c.mentionBefore(s, from), from);
          if (m != null && objectBeforeParticiple(c, m, s, e, from)) {
            // Lee emailed members saying: “…”, her campaign sent an email to supporters stating, “…”: the noun before a
            // participle with no comma is the verb's object (listener, document, medium), so the clause's named
            // subject speaks (a pronoun there is left to other rules: resolving it here named the wrong person)
            Optional<Attribution> subject = SentenceSubjectRule.subjectOf(c, from, m.start(), true);
            if (subject.isPresent()) {
              Attribution a = subject.get();
              return Optional.of(new Attribution(a.speaker(), a.role(), cue, a.organisation()));
            }
            Mention described = ClauseSubjectFinding.definiteSubject(c, from, m.start());
            if (described != null) {
              return Optional.of(c.resolve(described, cue)); // The Vermont senator emailed supporters saying: “…”
            }
          }
          if (m != null && isIndefiniteDocument(m)) {
            // the Security Council issued a statement calling it “…”: the statement speaks for the subject
            Optional<Attribution> subject = SentenceSubjectRule.subjectOf(c, from, s, true);
            if (subject.isPresent()) {
              Attribution a = subject.get();
              return Optional.of(new Attribution(a.speaker(), a.role(), cue, a.organisation()));
            }
            if (afterIn(t, m.start(), from)) {
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
            Optional<Attribution> subject = SentenceSubjectRule.subjectOf(c, from, s, true);
            if (subject.isPresent()) {
              Attribution a = subject.get();
              return Optional.of(new Attribution(a.speaker(), a.role(), cue, a.organisation()));
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
   * {@code emailed supporters saying}, {@code sent an email to supporters stating}: a cue in -ing with no comma before
   * it, right after a phrase that is not a person's name nor a pronoun and that follows a verb (a past in -ed, a
   * participle, a few irregular pasts) or the preposition of a listener or medium (to, on) whose object it is. A named
   * person there is the participle's subject (footage of Trump saying), and so is a document after other prepositions
   * (the week after the newspaper’s editorial telling him to …).
   */
  private static boolean objectBeforeParticiple(QuoteContext c, Mention m, int s, int e, int from) {
    String t = c.text();
    int we = Words.wordEnd(t, s, e);
    if (we - s < 5 || !t.startsWith("ing", we - 3) || afterComma(t, s, from)
        || m.type() == Mention.Type.PERSON && !medium(c, m) || m.type() == Mention.Type.PRONOUN
        || m.end() != Words.skipSpacesBack(t, s, from)) {
      return false;
    }
    int pe = Words.skipSpacesBack(t, m.start(), from);
    int ps = Words.wordStart(t, pe, from);
    if (ps >= pe) {
      return false;
    }
    String w = t.substring(ps, pe);
    return LISTENER_PREPOSITIONS.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
        || OBJECT_PASTS.contains(w);
  }

  /**
   * {@code responded to Vargas’ question on Facebook writing}: a one-word name right after {@code on} is that
   * preposition's object (a medium), not the participle's subject, even when the article uses it in a longer name.
   */
  private static boolean medium(QuoteContext c, Mention m) {
    String t = c.text();
    int pe = Words.skipSpacesBack(t, m.start(), 0);
    return m.name() != null && m.name().indexOf(' ') < 0 && pe >= 3 && t.startsWith(" on", pe - 3);
  }

  /** Prepositions whose object is never the subject of the verb after it (the listener's to). */
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to");
  /** Participles of talking that hang a listener on a subject: a source speaking to Fox News said. */
  private static final java.util.Set<String> TALKING = java.util.Set.of("speaking", "talking", "writing");

  /**
   * {@code Sanders’ fundraising email to his supporters notes}, {@code Another source speaking to Fox News said}: a phrase right after a preposition is that preposition's object, so the
   * subject is the phrase before it (past a participle of talking); that phrase, or {@code m} itself when no
   * preposition or no phrase stands before it.
   */
  static Mention prepositionalObjectHead(QuoteContext c, Mention m, int from) {
    String t = c.text();
    for (int k = 0; k < 2 && m != null; k++) {
      int pe = Words.skipSpacesBack(t, m.start(), from);
      int ps = Words.wordStart(t, pe, from);
      if (ps >= pe || !PREPOSITIONS.contains(t.substring(ps, pe))) {
        return m;
      }
      int be = Words.skipSpacesBack(t, ps, from);
      int bs = Words.wordStart(t, be, from);
      if (bs < be && TALKING.contains(t.substring(bs, be))) {
        be = Words.skipSpacesBack(t, bs, from);
      }
      if (be <= from || !Words.isWordChar(t.charAt(be - 1))) {
        return m; // To his credit, Cruz said: a fronted phrase, no subject before it
      }
      Mention head = c.mentionBefore(be, from);
      if (head == null) {
        return m; // a speech to the Policy Centre Mr Straw said: no phrase before the preposition to speak instead
      }
      m = head;
    }
    return m;
  }

  /** {@code an email to supporters saying}, {@code on the radio saying}: the listener or the medium, not a speaker. */
  private static final java.util.Set<String> LISTENER_PREPOSITIONS = java.util.Set.of("to", "on");

  /** Irregular pasts that take a document or an audience as object: sent an email saying, held a sign saying. */
  private static final java.util.Set<String> OBJECT_PASTS = java.util.Set.of("sent", "held", "put", "gave", "wore",
      "left", "got");

  /** {@code in} right before the phrase at {@code start}. */
  private static boolean afterIn(String t, int start, int from) {
    int e = Words.skipSpacesBack(t, start, from);
    int ws = Words.wordStart(t, e, from);
    return ws < e && t.substring(ws, e).equalsIgnoreCase("in");
  }

  /** A comma right before the word at {@code s}. */
  private static boolean afterComma(String t, int s, int from) {
    int p = Words.skipSpacesBack(t, s, from);
    return p > from && t.charAt(p - 1) == ',';
  }

  private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("statement", "letter", "memo", "release",
      "report", "email", "tweet", "post", "filing", "complaint", "document");

  /** {@code a statement}, {@code an email}: a document some subject of the sentence issued. */
  private static boolean isIndefiniteDocument(Mention m) {
    return m.type() == Mention.Type.NOMINAL && DOCUMENTS.contains(m.head()) && m.role() != null
        && (m.role().startsWith("a ") || m.role().startsWith("an ") || m.role().startsWith("A "));
  }

  private static boolean isQuoteClose(char ch) {
    return ch == '\u201d' || ch == '"' || ch == '\u00bb';
  }
}
