package org.newsquote.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without ever holding more than a cap: a longer line is skipped to its end and
 * reported by its length, so one runaway line cannot exhaust the heap. Lines end at {@code \n}; a {@code \r} before
 * it is dropped. Not thread-safe.
 */
public final class LineReader {
  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private long skippedLength;
  private int number;

  public LineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * Advances to the next line; false at the end of the stream. After it, {@link #tooLong()} says whether the line was
   * over the cap (then its bytes are not kept), else {@link #bytes()}/{@link #length()} hold it.
   */
  public boolean next() throws IOException {
    length = 0;
    skippedLength = -1;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        position++; // the newline
        number++;
        if (skippedLength < 0 && length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (skippedLength >= 0) {
      skippedLength += n;
      return;
    }
    if ((long) length + n > maxBytes) {
      skippedLength = (long) length + n;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  public boolean tooLong() {
    return skippedLength >= 0;
  }

  public byte[] bytes() {
    return line;
  }

  public int length() {
    return length;
  }

  /** The 1-based number of the current line. */
  public int lineNumber() {
    return number;
  }
}
