package org.newsquote.search.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.newsquote.search.QuerySyntaxException;

/**
 * Checks a query for the mistakes Lucene's parser reports without a position (unclosed quotation marks and brackets,
 * a trailing backslash) and for nesting deep enough to exhaust the parser's stack, before the parser sees it. Also
 * rewrites {@code field:>=x} (the form people type) into {@code field >=x} (the form the parser reads), keeping every
 * column where it was.
 */
public final class QueryLint {
  /** Deeper nesting than any person writes; far below what would overflow the parser's recursion. */
  public static final int MAX_DEPTH = 50;

  /**
   * At most this many terms (words, phrases, ranges) per query. Lucene's own clause limit would refuse more too, but
   * only after the parser's processors have spent seconds on a huge tree; counting first keeps refusal instant.
   */
  public static final int MAX_TERMS = 1024;

  private QueryLint() {}

  private static boolean isOperatorAt(String q, int i) {
    for (String op : new String[] {"AND", "OR", "NOT", "&&", "||"}) {
      int end = i + op.length();
      if (q.startsWith(op, i) && (end == q.length() || Character.isWhitespace(q.charAt(end)) || q.charAt(end) == '(')) {
        return true;
      }
    }
    return false;
  }

  /** The query ready for the parser, or a {@link QuerySyntaxException} naming the column of the first problem. */
  public static String check(String query) {
    StringBuilder out = new StringBuilder(query);
    Deque<Integer> open = new ArrayDeque<>();
    int quoteAt = -1;
    int regexAt = -1;
    int terms = 0;
    boolean inTerm = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '(' || c == ')';
      if (!space && !inTerm && quoteAt < 0 && regexAt < 0 && !isOperatorAt(query, i)) {
        if (++terms > MAX_TERMS) {
          throw new QuerySyntaxException(
              query, i + 1, "the query has too many terms (at most " + MAX_TERMS + ")", "use fewer words");
        }
      }
      inTerm = !space || quoteAt >= 0 || regexAt >= 0;
      if (c == '\\') {
        if (i + 1 == query.length()) {
          throw new QuerySyntaxException(
              query, i + 1, "the query ends with a backslash", "a backslash escapes the character after it: use \\\\");
        }
        i++;
        continue;
      }
      if (quoteAt >= 0) {
        if (c == '"') {
          quoteAt = -1;
        }
        continue;
      }
      if (regexAt >= 0) {
        if (c == '/') {
          regexAt = -1;
        }
        continue;
      }
      switch (c) {
        case '"' -> quoteAt = i;
        // Lucene's grammar has no slash inside a term: any unescaped slash starts a regular expression.
        case '/' -> regexAt = i;
        case '(', '[', '{' -> {
          open.push(i);
          if (open.size() > MAX_DEPTH) {
            throw new QuerySyntaxException(
                query, i + 1, "brackets nested more than " + MAX_DEPTH + " deep", "simplify the query");
          }
        }
        case ')', ']', '}' -> {
          if (open.isEmpty()) {
            throw new QuerySyntaxException(
                query, i + 1, "'" + c + "' closes nothing", "remove it, or escape it as \\" + c);
          }
          char opener = query.charAt(open.pop());
          boolean paren = opener == '(';
          if (paren != (c == ')')) {
            throw new QuerySyntaxException(
                query, i + 1, "'" + c + "' does not match '" + opener + "'", "ranges are [a TO b] or {a TO b}");
          }
        }
        case ':' -> {
          if (i + 1 < query.length() && (query.charAt(i + 1) == '<' || query.charAt(i + 1) == '>')) {
            out.setCharAt(i, ' ');
          }
        }
        default -> {}
      }
    }
    if (quoteAt >= 0) {
      throw new QuerySyntaxException(
          query, quoteAt + 1, "this quotation mark is never closed", "close the phrase with \", or escape it as \\\"");
    }
    if (regexAt >= 0) {
      throw new QuerySyntaxException(
          query, regexAt + 1, "this regular expression is never closed", "close it with /; to search for a slash, quote the term (\"a/b\") or escape it (a\\/b)");
    }
    if (!open.isEmpty()) {
      int at = open.peekLast();
      throw new QuerySyntaxException(
          query, at + 1, "'" + query.charAt(at) + "' is never closed", "close it, or escape it with a backslash");
    }
    return out.toString();
  }
}
