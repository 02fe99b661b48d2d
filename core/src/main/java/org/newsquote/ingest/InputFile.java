package org.newsquote.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file found in a corpus walk. Immutable and thread-safe.
 *
 * @param path the file
 * @param displayPath the path as shown to users and stored in the index: relative to the walked root when there was
 *     one, else as given
 * @param idBase the id its articles take: the path relative to the root without extension ({@code politics/001}), or
 *     the file name without extension when the file was given directly
 */
public record InputFile(Path path, String displayPath, String idBase) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(idBase, "idBase");
  }

  /**
   * The SHA-256 of the file's raw bytes (compressed ones for a {@code .gz}), as 64 lower-case hex digits, read in a
   * stream; an incremental indexer compares it to skip unchanged files.
   *
   * @throws IOException when the file cannot be read
   */
  public String contentHash() throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
