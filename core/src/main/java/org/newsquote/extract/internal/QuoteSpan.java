package org.newsquote.extract.internal;

/**
 * One stretch of quoted text as the marks delimit it. Immutable.
 *
 * @param start offset of the opening mark
 * @param end offset just after the closing mark, or the end of the paragraph when the quote is left open
 * @param contentStart offset of the first quoted character
 * @param contentEnd offset just after the last quoted character
 * @param paragraph index of the paragraph the stretch opens in
 * @param continues true when the stretch continues the previous one (a new paragraph of the same quotation, BBC
 *     style, or a new sentence opened again without the previous being closed)
 * @param closed true when a closing mark was found
 */
public record QuoteSpan(
    int start, int end, int contentStart, int contentEnd, int paragraph, boolean continues, boolean closed) {

  public QuoteSpan {
    if (start < 0 || contentStart < start || contentEnd < contentStart || end < contentEnd) {
      throw new IllegalArgumentException(
          "need start <= contentStart <= contentEnd <= end, got " + start + "," + contentStart + "," + contentEnd
              + "," + end);
    }
  }

  /** The quoted words without the marks. */
  public String content(CharSequence text) {
    return text.subSequence(contentStart, contentEnd).toString();
  }
}
