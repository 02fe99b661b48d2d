package org.newsquote.search;

import java.util.Objects;

/**
 * A query that cannot be run: bad syntax, an impossible date, or one too costly to answer (too many clauses, a
 * regular expression too complex). The message is one line naming the column; {@link #excerpt()} shows the place.
 */
public final class QuerySyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int EXCERPT_WIDTH = 72;

  private final String query;
  private final int column;
  private final String hint;

  /**
   * @param query the query as given
   * @param column the 1-based column of the problem (clamped to the query length + 1)
   * @param problem what is wrong, a sentence fragment ({@code unclosed quotation mark})
   * @param hint what to do about it, or null
   */
  public QuerySyntaxException(String query, int column, String problem, String hint) {
    this(query, column, problem, hint, null);
  }

  /** As {@link #QuerySyntaxException(String, int, String, String)}, keeping the parser's exception for debugging. */
  public QuerySyntaxException(String query, int column, String problem, String hint, Throwable cause) {
    super("query error at column " + clamp(query, column) + ": " + Objects.requireNonNull(problem, "problem"), cause);
    this.query = Objects.requireNonNull(query, "query");
    this.column = clamp(query, column);
    this.hint = hint;
  }

  private static int clamp(String query, int column) {
    return Math.max(1, Math.min(column, query.length() + 1));
  }

  public String query() {
    return query;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }

  /** What the user can do about it, or null. */
  public String hint() {
    return hint;
  }

  /**
   * Two lines: the query (a window around the column when long, line breaks shown as spaces) and a caret under the
   * column.
   */
  public String excerpt() {
    String flat = query.replaceAll("[\\r\\n\\t]", " ");
    int at = column - 1;
    int from = Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, flat.length() - EXCERPT_WIDTH));
    int to = Math.min(flat.length(), from + EXCERPT_WIDTH);
    String prefix = from > 0 ? "..." : "";
    String suffix = to < flat.length() ? "..." : "";
    String line = prefix + flat.substring(from, to) + suffix;
    return line + "\n" + " ".repeat(prefix.length() + at - from) + "^";
  }
}
