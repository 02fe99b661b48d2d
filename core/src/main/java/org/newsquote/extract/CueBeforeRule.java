package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * The cue in the clause that introduces the quote with a colon or comma: {@code Kirby said: “…”}, {@code Mr Balls
 * told Today: "…"}, {@code She adds, “…”}; also a paragraph that ends with such a clause and a colon before a
 * paragraph of quotation. The rule decides which clause introduces the quote (the main clause after a fronted
 * phrase) and lets a colon clause with no cue verb introduce its subject's words; {@code ClauseCueFinding} reads the
 * cue and its speaker. Immutable and thread-safe.
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
      Optional<Attribution> a = ClauseCueFinding.findCue(c, main, clauseEnd, true);
      if (a.isEmpty()) {
        a = ClauseCueFinding.findCue(c, main, clauseEnd, false);
      }
      if (a.isEmpty()) {
        a = introducer(c, main, clauseEnd);
      }
      if (a.isPresent()) {
        return a;
      }
    }
    Optional<Attribution> strong = ClauseCueFinding.findCue(c, clauseStart, clauseEnd, true);
    if (strong.isPresent() || t.charAt(clauseEnd) != ':') {
      return strong;
    }
    // a colon introduces the quotation by itself, so a verb that needs company is enough: Caddell continued: “…”
    Optional<Attribution> weak = ClauseCueFinding.findCue(c, clauseStart, clauseEnd, false);
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
}
