package org.newsquote.extract;

import java.util.Optional;
import java.util.Set;
import org.newsquote.extract.internal.Words;

/**
 * A report that quotes someone names that person as the speaker, not the outlet that carried the words: {@code The
 * paper quoted Mr Hale as saying: “…”}, {@code “…,” the agency quoted Ana Reyes as saying}, {@code The daily quoted
 * Tom Berg as saying the port was “too small”}. Only within the quote's sentence, with the person between the verb
 * and {@code as saying} (or {@code as telling}, {@code as having said}). Immutable and thread-safe.
 */
public final class QuotedAsSayingRule implements AttributionRule {
  /** The forms of the verb that report someone else's words. */
  private static final Set<String> QUOTED = Set.of("quoted", "quotes", "quoting");
  /** The verbs after {@code as} that close the phrase, with their lemma. */
  private static final Set<String> SAYING = Set.of("saying", "telling", "having");
  /** How far, in chars, the person's phrase may run between the verb and {@code as}. */
  private static final int MAX_PHRASE = 90;

  @Override
  public String name() {
    return "quoted-as-saying";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext c) {
    Optional<Attribution> before = find(c, c.sentenceStart(c.start()), c.start());
    return before.isPresent() ? before : find(c, c.end(), c.sentenceEnd(c.end()));
  }

  /** The person of the first {@code quoted X as saying} between {@code from} and {@code to}. */
  private static Optional<Attribution> find(QuoteContext c, int from, int to) {
    String t = c.text();
    int i = from;
    while (i < to) {
      if (!Words.isWordChar(t.charAt(i))) {
        if (isMark(t.charAt(i)) && from == c.end()) {
          return Optional.empty(); // another quotation between this one and the phrase: the phrase may be its own
        }
        i++;
        continue;
      }
      int we = Words.wordEnd(t, i, to);
      if (we <= i) {
        i++;
        continue;
      }
      if (QUOTED.contains(t.substring(i, we))) {
        int as = asSaying(t, we, Math.min(to, we + MAX_PHRASE));
        if (as > 0 && (to != c.start() || noMark(t, as, to))) { // before the quote: none of another in between
          Mention m = person(c, Words.skipSpaces(t, we, as), as);
          if (m != null) {
            return Optional.of(c.resolve(m, "say"));
          }
        }
      }
      i = we;
    }
    return Optional.empty();
  }

  /**
   * The one quoted, written between {@code from} and {@code as}: a name closing the phrase ({@code GM industrial
   * relations vice-president Alfred Warren}), else a phrase that runs up to {@code as} ({@code Mr Hale}, {@code a
   * source close to Reagan}), else a description ({@code one trader}, {@code an OPEC secretariat official}); never a
   * pronoun.
   */
  private static Mention person(QuoteContext c, int from, int as) {
    Mention named = c.mentionBefore(as, from);
    if (named != null && named.type() == Mention.Type.PERSON && named.name() != null) {
      return named;
    }
    Mention m = c.mentionAfter(from, as);
    if (m != null && m.type() != Mention.Type.PRONOUN
        && Words.skipSpaces(c.text(), m.end(), as) >= as) {
      return m;
    }
    Mention d = c.descriptionAfter(from, as);
    if (d != null) {
      return d;
    }
    return m != null && m.type() != Mention.Type.PRONOUN ? m : null;
  }

  /** Where {@code as} stands before {@code saying}/{@code telling}/{@code having said}, after {@code from}; else -1. */
  private static int asSaying(String t, int from, int limit) {
    int i = from;
    while (i < limit) {
      int ws = Words.skipSpaces(t, i, limit);
      int we = Words.wordEnd(t, ws, limit);
      if (we <= ws) {
        return -1; // punctuation: the phrase is over
      }
      if (t.startsWith("as", ws) && we - ws == 2) {
        int ns = Words.skipSpaces(t, we, t.length());
        int ne = Words.wordEnd(t, ns, t.length());
        String next = ne > ns ? t.substring(ns, ne) : "";
        return SAYING.contains(next) && ws > Words.skipSpaces(t, from, limit) ? ws : -1;
      }
      i = we;
    }
    return -1;
  }

  private static boolean noMark(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isMark(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(char ch) {
    return ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u00ab' || ch == '\u00bb';
  }
}
