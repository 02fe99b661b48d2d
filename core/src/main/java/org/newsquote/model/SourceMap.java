package org.newsquote.model;

import java.util.List;
import java.util.Objects;

/**
 * Maps offsets in an article body back to offsets in the text of the file it was read from. The body is made of
 * pieces of the source (debris between them dropped), each copied verbatim; a body offset inside a piece maps to the
 * same position in the source, one between pieces to the start of the next piece.
 *
 * @param pieces contiguous copies from source to body, in body order, non-overlapping
 */
public record SourceMap(List<Piece> pieces) {

  /**
   * One run of body text copied verbatim from the source.
   *
   * @param bodyStart where the run starts in the body (UTF-16 offset)
   * @param sourceStart where it starts in the decoded source text (UTF-16 offset)
   * @param length its length in UTF-16 code units
   */
  public record Piece(int bodyStart, int sourceStart, int length) {
    public Piece {
      if (bodyStart < 0 || sourceStart < 0 || length < 0) {
        throw new IllegalArgumentException(
            "offsets must be >= 0, got bodyStart=" + bodyStart + " sourceStart=" + sourceStart + " length=" + length);
      }
    }
  }

  public SourceMap {
    pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
    int end = 0;
    for (Piece p : pieces) {
      if (p.bodyStart() < end) {
        throw new IllegalArgumentException("pieces must be in body order and not overlap, at bodyStart=" + p.bodyStart());
      }
      end = p.bodyStart() + p.length();
    }
  }

  /** The map of a body that is the source text itself. */
  public static SourceMap identity(int length) {
    return new SourceMap(List.of(new Piece(0, 0, length)));
  }

  /** The source offset of a body offset. */
  public int toSource(int bodyOffset) {
    for (Piece p : pieces) {
      if (bodyOffset < p.bodyStart()) {
        return p.sourceStart();
      }
      if (bodyOffset <= p.bodyStart() + p.length()) {
        return p.sourceStart() + (bodyOffset - p.bodyStart());
      }
    }
    if (pieces.isEmpty()) {
      return bodyOffset;
    }
    Piece last = pieces.get(pieces.size() - 1);
    return last.sourceStart() + last.length();
  }
}
