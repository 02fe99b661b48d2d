package org.newsquote.cli;

import java.util.List;

/** Messages for the exceptions core throws: index problems and query syntax errors. Stateless. */
final class CoreErrors {
  private CoreErrors() {}

  /** The lines to show for {@code t}, or null when it is not one of core's exceptions. */
  static List<String> messageLines(Throwable t) {
    return null;
  }
}
