package org.newsquote.cli;

/** The exit statuses of every newsquote command, as grep has them. */
final class ExitCodes {
  private ExitCodes() {}

  /** Something was found, or the work was done. */
  static final int OK = 0;
  /** The command ran fine and found nothing. */
  static final int NOT_FOUND = 1;
  /** A usage error, a bad query, no index, an I/O failure, or (with --strict) an input that failed. */
  static final int ERROR = 2;
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  static final int INTERRUPTED = 130;
}
