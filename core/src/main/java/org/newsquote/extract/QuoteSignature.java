package org.newsquote.extract;

import java.util.Optional;
import org.newsquote.extract.internal.Words;

/**
 * Reads the signature under or after a quotation, as epigraphs, vox pops and pasted block quotes carry it: a dash and
 * a bare name closing the paragraph ({@code “…” ― Sonya Herridge}), a short paragraph after it that opens with a dash
 * and a name ({@code - Bernie Sanders.}), or one that opens with a full name and closes the quotation's mark. The
 * signed name, or empty; {@link CueAfterRule} asks it before looking for a cue. Stateless and thread-safe (static
 * methods over the {@link QuoteContext} they are given, which stays confined to its rule pass).
 */
final class QuoteSignature {
  private QuoteSignature() {}

  /** An em dash, en dash or horizontal bar: the long dashes that set a signature off. */
  static boolean isDash(char ch) {
    return ch == '\u2014' || ch == '\u2013' || ch == '\u2015';
  }

  /** Longest paragraph, in chars, read as a signature under a quotation. */
  private static final int MAX_SIGNATURE = 160;

  /**
   * A quotation closing its paragraph, signed in the next one: {@code “…”} then {@code - Bernie Sanders.} or {@code
   * ―President Obama, tweeting after the speech.}: the signed name.
   */
  static Optional<Attribution> signatureParagraph(QuoteContext c) {
    int next = c.paragraph() + 1;
    if (next >= c.paragraphCount()) {
      return Optional.empty();
    }
    String t = c.text();
    int s = c.paragraphStart(next);
    int e = c.paragraphEnd(next);
    if (e - s > MAX_SIGNATURE || s >= e) {
      return Optional.empty();
    }
    if (!(isDash(t.charAt(s)) || t.charAt(s) == '-')) {
      return closingSignature(c, s, e);
    }
    Mention m = c.mentionAfter(Words.skipSpaces(t, s + 1, e), e);
    if (m == null || m.type() != Mention.Type.PERSON) {
      return Optional.empty(); // - Reuters. under the last paragraph credits the wire, not a speaker
    }
    return signature(c, Words.skipSpaces(t, s + 1, e), e);
  }

  /**
   * {@code “…¶Dean Baker, Center for Economic and Policy Research.”}: a short paragraph that opens with a full name and
   * closes the quotation with its mark signs the paragraph of quotation before it, as a pasted block quote does; the
   * name, or empty. Without the closing mark a short paragraph is only the next sentence.
   */
  private static Optional<Attribution> closingSignature(QuoteContext c, int s, int e) {
    String t = c.text();
    int end = Words.skipSpacesBack(t, e, s);
    if (end - s < 4 || t.charAt(end - 1) != '"' && t.charAt(end - 1) != '\u201d' || t.charAt(end - 2) != '.'
        || t.substring(s, end - 1).indexOf('"') >= 0 || t.substring(s, end - 1).indexOf('\u201c') >= 0) {
      return Optional.empty();
    }
    Mention m = c.mentionAfter(s, end - 1);
    if (m == null || m.type() != Mention.Type.PERSON || m.name() == null || m.name().indexOf(' ') < 0) {
      return Optional.empty();
    }
    return signature(c, m.start(), end - 1);
  }

  /**
   * {@code “…” ― Sonya Herridge}: a dash and a bare name closing the paragraph (or its sentence) signs the quote, as
   * in epigraphs and vox pops.
   */
  static Optional<Attribution> signature(QuoteContext c, int from, int limit) {
    Mention m = c.mentionAfter(from, limit);
    if (m == null || m.name() == null) {
      return Optional.empty();
    }
    String t = c.text();
    int e = Words.skipSpaces(t, m.end(), limit);
    if (e < limit && t.charAt(e) == ',') { // ― Jane Doe, a voter in Ohio
      int close = c.skipAppositives(e, limit);
      e = close < 0 ? e : close;
      while (e < limit && t.charAt(e) != '.' && t.charAt(e) != '\n' && e - m.end() < 120) {
        e++;
      }
    }
    while (e < limit && (t.charAt(e) == '.' || Words.isSpace(t.charAt(e)))) {
      e++;
    }
    return e >= limit ? Optional.of(c.resolve(m, null)) : Optional.empty();
  }
}
