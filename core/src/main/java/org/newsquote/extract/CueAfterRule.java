package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * The cue right after the quote: {@code “…,” Kirby said}, {@code “…,” said Kirby}, {@code “…,” the spokesman
 * stated}, {@code “…”, he told CNN}, {@code “…,” according to the ministry}. The rule decides from the words after
 * the quote ({@code WordsAfterQuote}) which reading attributes it: a signature ({@code QuoteSignature}), an inverted
 * cue and the phrase after it ({@code SpeakerPhraseAfterCue}), or a speaker phrase and the cue verb after it
 * ({@code CueVerbAfterSpeaker}). Immutable and thread-safe.
 */
public final class CueAfterRule implements AttributionRule {
  @Override
  public String name() {
    return "cue-after";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    String t = c.text();
    int limit = c.paragraphEnd(c.paragraph());
    int i = Words.skipSpaces(t, c.end(), limit);
    if (i < limit && QuoteSignature.isDash(t.charAt(i))) {
      Optional<Attribution> signed = QuoteSignature.signature(c, Words.skipSpaces(t, i + 1, limit), limit);
      if (signed.isPresent()) {
        return signed;
      }
    }
    if (WordsAfterQuote.endsParagraph(t, i, limit)) {
      return QuoteSignature.signatureParagraph(c);
    }
    String content = c.content();
    if (WordsAfterQuote.endsSentence(c) && !content.isEmpty() && Character.isLowerCase(content.charAt(0))
        && c.cueEarlierInSentence()) {
      // Russia insisted that Pyongyang “stop its escapades.” The agency said …: the fragment's cue is its own
      // sentence's; the next sentence's speaker is another
      return Optional.empty();
    }
    if ((WordsAfterQuote.endsSentence(c) || i < limit && WordsAfterQuote.newSentenceAfter(c, i)) && afterColonCue(c)) {
      // Mr Finegold replies: “No, I'm Jewish.” The mayor then says: “…”: the colon gave this quote its speaker, and
      // the next sentence's cue introduces its own quote; so after “…?” or “…!” and a capital
      return Optional.empty();
    }
    if (i < limit && (t.charAt(i) == ',' || t.charAt(i) == '\u2014' || t.charAt(i) == '\u2013')) {
      i = Words.skipSpaces(t, i + 1, limit);
    }
    if (i >= limit || !Words.isWordChar(t.charAt(i))) {
      return Optional.empty();
    }
    int we = Words.wordEnd(t, i, limit);
    if (t.startsWith("as ", i)) {
      // “…,” as a Homeland Security memo put it; “…” as Cruz said: the comparison names the quote's speaker
      Mention as = c.mentionAfter(we, limit);
      Optional<Attribution> found = as == null || as.type() == Mention.Type.PRONOUN && !closesAfterCue(c, as, limit)
          ? Optional.empty() : CueVerbAfterSpeaker.verbAfter(c, as, limit);
      if (found.isPresent()) {
        return found;
      }
    }
    String cue = c.cueAt(i, we, true);
    if (cue != null) { // inverted: said Kirby, according to the ministry
      int from = cue.equals("according to") ? Words.skipSpaces(t, we, limit) + 2 : we;
      if (cue.equals("tell")) {
        return Optional.empty(); // told X: X listens
      }
      if (we - i > 4 && t.startsWith("ing", we - 3)) {
        // “…,” adding the board will …: a participle goes on with the speaker named elsewhere; what follows it is
        // what they said or whom they addressed, never the speaker (verbs do not invert as participles)
        return Optional.empty();
      }
      Mention m = c.mentionAfter(from, limit);
      Mention known = SpeakerPhraseAfterCue.knownAs(c,
          m != null && m.name() == null ? m : c.descriptionAfter(from, limit), limit);
      if (known != null) {
        return Optional.of(c.resolve(known, cue)); // said the base chief known as Bob
      }
      if (m != null && m.type() == Mention.Type.NOMINAL && m.name() == null
          && !WordsAfterQuote.closesClause(t, m.end(), limit)) {
        // said one unaligned Florida Republican strategist.: the role parser stops at a word it does not know, where
        // a description that closes the clause reads on to the head
        Mention d = c.descriptionAfter(from, limit);
        m = d != null && d.start() == m.start() && d.end() > m.end() && WordsAfterQuote.closesClause(t, d.end(), limit)
            ? d : m;
      }
      if (m == null) {
        // said 9/11 widow Terry Strada, said master of ceremonies
        m = SpeakerPhraseAfterCue.namedAfterLowerRole(c, from, limit, false);
      } else if (m.type() != Mention.Type.PRONOUN && (m.name() == null || m.name().indexOf(' ') < 0)
          && !WordsAfterQuote.closesClause(t, m.end(), limit)) {
        // said Wales physio Mark Davies, said chairman and chief executive officer Bill Ford: a body or a role, then
        // more role words no list knows and the full name that closes the clause
        Mention named = SpeakerPhraseAfterCue.namedAfterLowerRole(c, m.end(), limit, true);
        if (named != null) {
          m = new Mention(m.start(), named.end(), named.name(), t.substring(m.start(), named.start()).strip(),
              Mention.Type.PERSON, named.head());
        }
      }
      if (m == null) {
        // said the 46-year-old.: a description closing the clause is the unnamed speaker
        Mention d = c.descriptionAfter(from, limit);
        m = d != null && WordsAfterQuote.closesClause(t, d.end(), limit) ? d : null;
      }
      m = SpeakerPhraseAfterCue.namedAppositive(c, m, limit);
      return m == null ? Optional.empty() : Optional.of(c.resolve(m, cue));
    }
    if ("read".equals(c.cueAt(i, we, false))) {
      // “…,” reads the statement: a text speaks through what it reads, a person never does here
      Mention doc = c.mentionAfter(we, limit);
      return doc != null && ListenersAndDocuments.isText(doc)
          ? Optional.of(c.resolve(doc, "read")) : Optional.empty();
    }
    Mention m = c.mentionAfter(i, limit);
    if (m == null && Character.isUpperCase(t.charAt(i))) {
      // “…,” From said: a surname that is also a function word, when the article names that person in full (Al From)
      Mention surname = new Mention(i, we, t.substring(i, we), null, Mention.Type.PERSON, t.substring(i, we));
      m = c.knowsPerson(surname) ? surname : null;
    }
    Optional<Attribution> found = m == null ? Optional.empty() : CueVerbAfterSpeaker.verbAfter(c, m, limit);
    if (found.isEmpty()) {
      // “…,” the gambling tycoon told Reuters: a description no role list knows, then the cue
      // after a full stop: a new sentence; this Trump look-alike declared: a demonstrative description too
      Mention d = WordsAfterQuote.endsSentence(c) || WordsAfterQuote.newSentenceAfter(c, i) ? null
          : c.subjectDescriptionAfter(i, limit);
      if (d != null && (m == null || d.end() > m.end())) {
        found = CueVerbAfterSpeaker.verbAfter(c, d, limit);
      }
    }
    return found;
  }

  /** How many words a listener or setting may take between a cue and the colon: told the Evening Standard:. */
  private static final int COLON_CUE_REACH = 6;

  /**
   * A cue word closes the clause that a colon ends right before the quote ({@code Mr Finegold replies: “…”}), or
   * stands a few words before it with only its listener or setting between ({@code he told the Evening Standard: “…”},
   * {@code Owen told reporters: “…”}), within the colon's sentence.
   */
  private static boolean afterColonCue(QuoteContext c) {
    String t = c.text();
    int from = Math.max(c.paragraphStart(c.paragraph()), c.sentenceStart(c.start() > 0 ? c.start() - 1 : 0));
    int p = Words.skipSpacesBack(t, c.start(), from);
    if (p <= from || t.charAt(p - 1) != ':') {
      return false;
    }
    int e = Words.skipSpacesBack(t, p - 1, from);
    for (int k = 0; k < COLON_CUE_REACH && e > from; k++) {
      int ws = Words.wordStart(t, e, from);
      if (ws >= e) {
        return false; // a comma, a dash, a mark: the clause before it is another
      }
      if (c.cueAt(ws, e, true) != null) {
        return true;
      }
      e = Words.skipSpacesBack(t, ws, from);
    }
    return false;
  }

  /** {@code as he put it.}: the word after the pronoun is a cue closing the clause (with its particle, if any). */
  private static boolean closesAfterCue(QuoteContext c, Mention m, int limit) {
    String t = c.text();
    int j = Words.skipSpaces(t, m.end(), limit);
    int e = Words.wordEnd(t, j, limit);
    return e > j && (c.cueAt(j, e, true) != null && WordsAfterQuote.closesClause(t, e, limit)
        || c.phraseCueAt(j, e, limit) != null);
  }
}
