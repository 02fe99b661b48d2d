package org.newsquote.extract;

import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * Tells the phrases around a cue verb that are what it addresses or goes through, not its speaker: the listener
 * ({@code speaking to Fox News}, {@code emailed supporters saying}), the medium ({@code on Facebook writing}), the
 * document a subject issued ({@code issued a statement calling it}) and the text that reads something ({@code “…,”
 * reads the statement}), and the verbs whose passive subject is the one spoken to ({@code was asked}). Shared by
 * {@link ClauseCueFinding} (a cue before the quote) and {@link CueAfterRule} (a cue after it). Stateless and
 * thread-safe (static methods over the {@link QuoteContext} they are given, which stays confined to its rule pass).
 */
final class ListenersAndDocuments {
  private ListenersAndDocuments() {}

  /**
   * {@code emailed supporters saying}, {@code sent an email to supporters stating}: a cue in -ing with no comma before
   * it, right after a phrase that is not a person's name nor a pronoun and that follows a verb (a past in -ed, a
   * participle, a few irregular pasts) or the preposition of a listener or medium (to, on) whose object it is. A named
   * person there is the participle's subject (footage of Trump saying), and so is a document after other prepositions
   * (the week after the newspaper’s editorial telling him to …).
   */
  static boolean objectBeforeParticiple(QuoteContext c, Mention m, int s, int e, int from) {
    String t = c.text();
    int we = Words.wordEnd(t, s, e);
    if (we - s < 5 || !t.startsWith("ing", we - 3) || ClauseCueFinding.afterComma(t, s, from)
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
  static boolean medium(QuoteContext c, Mention m) {
    String t = c.text();
    int pe = Words.skipSpacesBack(t, m.start(), 0);
    return m.name() != null && m.name().indexOf(' ') < 0 && pe >= 3 && t.startsWith(" on", pe - 3);
  }

  /** Prepositions whose object is never the subject of the verb after it (the listener's to). */
  private static final Set<String> PREPOSITIONS = Set.of("to");
  /** Participles of talking that hang a listener on a subject: a source speaking to Fox News said. */
  private static final Set<String> TALKING = Set.of("speaking", "talking", "writing");

  /**
   * {@code Sanders’ fundraising email to his supporters notes}, {@code Another source speaking to Fox News said}: a
   * phrase right after a preposition is that preposition's object, so the subject is the phrase before it (past a
   * participle of talking); that phrase, or {@code m} itself when no preposition or no phrase stands before it.
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
  private static final Set<String> LISTENER_PREPOSITIONS = Set.of("to", "on");

  /** Irregular pasts that take a document or an audience as object: sent an email saying, held a sign saying. */
  private static final Set<String> OBJECT_PASTS = Set.of("sent", "held", "put", "gave", "wore",
      "left", "got");

  /** {@code in} right before the phrase at {@code start}. */
  static boolean afterIn(String t, int start, int from) {
    int e = Words.skipSpacesBack(t, start, from);
    int ws = Words.wordStart(t, e, from);
    return ws < e && t.substring(ws, e).equalsIgnoreCase("in");
  }

  /**
   * Documents a subject issues, which speak for it: a statement calling it “…”. {@link #TEXTS}, the texts that
   * {@code read} something, is a list of its own.
   */
  private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "memo", "release",
      "report", "email", "tweet", "post", "filing", "complaint", "document");

  /** {@code a statement}, {@code an email}: a document some subject of the sentence issued. */
  static boolean isIndefiniteDocument(Mention m) {
    return m.type() == Mention.Type.NOMINAL && DOCUMENTS.contains(m.head()) && m.role() != null
        && (m.role().startsWith("a ") || m.role().startsWith("an ") || m.role().startsWith("A "));
  }

  /** Texts that {@code read} something: the statement, an editorial, the sign. */
  private static final Set<String> TEXTS = Set.of("statement", "editorial", "letter", "sign",
      "signs", "headline", "message", "email", "card", "tweet", "post", "caption", "banner", "notice", "ad",
      "release", "memo", "report", "document", "flyer", "mailer", "petition", "complaint", "filing", "article");

  /** {@code the statement}, {@code an editorial}: a text that speaks through what it reads. */
  static boolean isText(Mention m) {
    return m.type() == Mention.Type.NOMINAL && TEXTS.contains(m.head());
  }

  /** Verbs whose passive subject is the one spoken to, not the speaker: she was asked, he was told. */
  private static final Set<String> LISTENER_PASSIVES = Set.of("asked", "told", "questioned", "pressed", "urged",
      "reminded", "informed", "advised", "warned");

  /** Whether {@code verb}, after a form of be, makes its subject the one spoken to. */
  static boolean isListenerPassive(String verb) {
    return LISTENER_PASSIVES.contains(verb);
  }
}
