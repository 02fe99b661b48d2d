package org.newsquote.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsquote.index.IndexException;
import org.newsquote.search.QuerySyntaxException;

/** Messages for the exceptions core throws: index problems and query syntax errors. Stateless. */
final class CoreErrors {
  private CoreErrors() {}

  /** The lines to show for {@code t}, or null when it is not one of core's exceptions. */
  static List<String> messageLines(Throwable t) {
    if (t instanceof QuerySyntaxException q) {
      List<String> lines = new ArrayList<>();
      lines.add(q.getMessage());
      for (String line : q.excerpt().split("\n")) {
        lines.add("  " + line);
      }
      if (q.hint() != null && !q.hint().isBlank()) {
        lines.add("hint: " + q.hint());
      }
      return lines;
    }
    if (t instanceof IndexException e) {
      if (e.reason() == IndexException.Reason.NOT_FOUND && e.path() != null) {
        return List.of(NoIndex.message(e.path()));
      }
      return List.of(e.getMessage());
    }
    return null;
  }
}
