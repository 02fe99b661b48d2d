package org.newsquote.model;

import java.util.Objects;

/**
 * Where an article was read from: a file path as the user gave it (or relative to the root that was walked),
 * and for a record inside a JSON Lines file its 1-based line number.
 *
 * @param path the file, never blank
 * @param line the 1-based line of a JSON Lines record, or 0 when the whole file is the article
 */
public record SourceRef(String path, int line) {
  public SourceRef {
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("path must not be blank");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  /** A whole-file source. */
  public static SourceRef file(String path) {
    return new SourceRef(path, 0);
  }

  /** {@code path} or {@code path:line}, the way compilers and grep name a place. */
  @Override
  public String toString() {
    return line == 0 ? path : path + ":" + line;
  }
}
