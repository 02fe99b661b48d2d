package org.newsquote.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Lenient UTF-8 decoding that says where the first invalid byte was. Stateless and thread-safe. */
public final class Utf8 {
  private Utf8() {}

  /**
   * Decoded text.
   *
   * @param text the text, each invalid sequence replaced by U+FFFD
   * @param firstBadByte the offset of the first invalid byte in the input, or -1 when all was valid
   * @param badSequences how many invalid sequences were replaced
   */
  public record Decoded(String text, long firstBadByte, int badSequences) {
    public boolean clean() {
      return badSequences == 0;
    }
  }

  /** Decodes {@code length} bytes from {@code offset}, replacing invalid sequences instead of failing. */
  public static Decoded decode(byte[] bytes, int offset, int length) {
    if (isAscii(bytes, offset, length)) {
      // The common case for newswire text; skips the decoder entirely.
      return new Decoded(new String(bytes, offset, length, StandardCharsets.ISO_8859_1), -1, 0);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // UTF-8 never yields more UTF-16 units than bytes, replacement included, so one buffer suffices.
    CharBuffer out = CharBuffer.allocate(length + 1);
    long first = -1;
    int bad = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        if (first < 0) {
          first = in.position() - offset;
        }
        bad++;
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else {
        // Overflow cannot happen: the buffer holds one char per input byte.
        throw new IllegalStateException("decoder overflow: " + result);
      }
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), first, bad);
  }

  private static boolean isAscii(byte[] bytes, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
