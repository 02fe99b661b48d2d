package org.newsquote.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The index could not be opened, read or written. The message is one sentence a user can act on ({@code no index at
 * X: run newsquote index PATH}); {@link #reason()} lets a caller choose an exit code without parsing it.
 */
public final class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the index could not be used. */
  public enum Reason {
    /** There is no index at the path. */
    NOT_FOUND,
    /** Another writer (usually another process) holds the index's write lock. */
    LOCKED,
    /** The index was built with another {@link IndexSchema#SCHEMA_VERSION}: it must be rebuilt. */
    VERSION_MISMATCH,
    /** The index files are damaged. */
    CORRUPT,
    /** Any other input/output failure. */
    IO
  }

  private final Reason reason;
  private final transient Path path;

  public IndexException(Reason reason, Path path, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.path = path;
  }

  public IndexException(Reason reason, Path path, String message) {
    this(reason, path, message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The index directory concerned, or null when there is none (an in-memory index). */
  public Path path() {
    return path;
  }
}
