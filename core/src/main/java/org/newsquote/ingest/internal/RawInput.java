package org.newsquote.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newsquote.ingest.InputFile;

/** Opens input files: gzip is undone transparently, and I/O failures become one readable sentence. Thread-safe. */
public final class RawInput {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private RawInput() {}

  /**
   * Opens {@code path} for reading, decompressing it when its name ends in {@code .gz} or its bytes start with the gzip
   * magic number. The caller closes the stream.
   */
  public static InputStream open(Path path) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
        return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      }
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * A file's whole content, or null with {@code tooLong[0]} set when it holds more than {@code maxBytes} bytes
   * (after decompression).
   */
  public static byte[] readAll(Path path, long maxBytes, boolean[] tooLong) throws IOException {
    try (InputStream in = open(path)) {
      int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
      byte[] bytes = in.readNBytes(cap);
      if (bytes.length == cap && in.read() != -1) {
        tooLong[0] = true;
        return null;
      }
      return bytes;
    }
  }

  /** The offset of the first NUL byte within the first 8 KiB, or -1: text formats never hold NUL, binaries do. */
  public static int firstNul(byte[] bytes) {
    for (int i = 0, end = Math.min(bytes.length, 8192); i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** One sentence for an I/O failure, without a stack trace. */
  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot be read: the file does not exist (or is a broken link)";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return "cannot be read: " + fse.getReason().toLowerCase(Locale.ROOT);
    }
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return "is a damaged or truncated gzip file (" + e.getMessage() + ")";
    }
    String message = e.getMessage();
    return "cannot be read: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  /**
   * The decoded text of a whole-file article (plain text, HTML), or null after reporting why it cannot be read: an I/O
   * failure, a binary or empty file, or more than {@code maxRecordChars} characters. Invalid UTF-8 is decoded with
   * replacement characters and reported as a warning.
   */
  public static String loadText(InputFile file, ReadContext context) {
    if (Files.isDirectory(file.path())) {
      context.error(file, 0, "is a directory, not a file; skipped");
      return null;
    }
    boolean[] tooLong = new boolean[1];
    byte[] bytes;
    try {
      bytes = readAll(file.path(), context.maxRecordBytes(), tooLong);
    } catch (IOException e) {
      context.error(file, 0, describe(e) + "; skipped");
      return null;
    }
    if (tooLong[0]) {
      context.error(file, 0, tooLongReason(context));
      return null;
    }
    if (bytes.length == 0) {
      context.error(file, 0, "is empty; no article read");
      return null;
    }
    int nul = firstNul(bytes);
    if (nul >= 0) {
      context.error(file, 0, "looks binary (a NUL byte at offset " + nul + "), not text; skipped");
      return null;
    }
    Utf8.Decoded decoded = Utf8.decode(bytes, 0, bytes.length);
    if (decoded.text().length() > context.options().maxRecordChars()) {
      context.error(file, 0, tooLongReason(context));
      return null;
    }
    context.reportDecoding(file, 0, decoded);
    return decoded.text();
  }

  /** The reason given for an article or line over the size cap. */
  public static String tooLongReason(ReadContext context) {
    return "is longer than the cap of " + context.options().maxRecordChars() + " characters (maxRecordChars); skipped";
  }
}
