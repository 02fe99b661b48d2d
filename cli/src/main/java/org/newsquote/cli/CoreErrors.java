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
      // Three lines, as compilers do: the message (with the hint), the query, a caret under the column.
      List<String> lines = new ArrayList<>();
      String hint = q.hint() == null || q.hint().isBlank() ? "" : " (" + q.hint() + ")";
      lines.add(q.getMessage() + hint);
      for (String line : q.excerpt().split("\n")) {
        lines.add("  " + line);
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
