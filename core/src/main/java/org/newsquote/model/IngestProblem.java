package org.newsquote.model;

import java.util.Objects;

/**
 * Something wrong with an input: reported to the caller, never thrown, so that the rest of the corpus is still read.
 *
 * @param source the file (and line) concerned
 * @param severity whether anything was lost
 * @param reason one sentence a user can act on, without a stack trace ({@code invalid UTF-8 at byte 1043, decoded
 *     with replacement characters})
 */
public record IngestProblem(SourceRef source, Severity severity, String reason) {

  /** How bad a problem is. */
  public enum Severity {
    /** The input was read, with a repair the user should know of (e.g. invalid bytes replaced). */
    WARNING,
    /** The input, or this record of it, was skipped. */
    ERROR
  }

  public IngestProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line: {@code path:line: error: reason}. */
  @Override
  public String toString() {
    return source + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
  }
}
