package org.newsquote.cli;

/**
 * An error whose message is fit to show a user as it is ({@code no index at X: run newsquote index PATH}); the error
 * handler prints it on one line and exits with {@link ExitCodes#ERROR}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
