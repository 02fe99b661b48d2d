package org.newsquote.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.newsquote.search.Cursor;
import org.newsquote.search.Sort;
import org.newsquote.search.Target;

/**
 * Encodes the sort values of a hit (score or date, then the unique key) as a {@link Cursor} token, and back into the
 * {@link FieldDoc} that {@code searchAfter} continues from. The token names the target and sort it belongs to, so a
 * cursor from another kind of search is refused instead of silently paging wrongly.
 */
public final class Cursors {
  private static final String VERSION = "c1";

  private Cursors() {}

  public static Cursor encode(Target target, Sort sort, Object first, BytesRef uid) {
    String key = switch (sort) {
      case RELEVANCE -> Integer.toHexString(Float.floatToIntBits((Float) first));
      case DATE_ASC, DATE_DESC -> Long.toHexString((Long) first);
    };
    String uidHex = java.util.HexFormat.of().formatHex(uid.bytes, uid.offset, uid.length);
    String plain = VERSION + "|" + target.ordinal() + "|" + sort.ordinal() + "|" + key + "|" + uidHex;
    return new Cursor(
        Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * The position a cursor stands for.
   *
   * @throws IllegalArgumentException when the cursor is damaged or belongs to another target or sort
   */
  public static FieldDoc decode(Cursor cursor, Target target, Sort sort) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.US_ASCII).split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a result cursor: '" + cursor.token() + "'", e);
    }
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      throw new IllegalArgumentException("not a result cursor: '" + cursor.token() + "'");
    }
    if (!parts[1].equals(String.valueOf(target.ordinal())) || !parts[2].equals(String.valueOf(sort.ordinal()))) {
      throw new IllegalArgumentException("the cursor belongs to a search with another target or sort order");
    }
    try {
      Object first = switch (sort) {
        case RELEVANCE -> Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16));
        case DATE_ASC, DATE_DESC -> Long.parseUnsignedLong(parts[3], 16);
      };
      BytesRef uid = new BytesRef(java.util.HexFormat.of().parseHex(parts[4]));
      // The document number only breaks ties between equal keys; keys are unique, so any number will do.
      float score = first instanceof Float f ? f : Float.NaN;
      return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {first, uid});
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a result cursor: '" + cursor.token() + "'", e);
    }
  }
}
