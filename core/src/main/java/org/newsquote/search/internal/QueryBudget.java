package org.newsquote.search.internal;

import java.util.Set;
import org.newsquote.search.QuerySyntaxException;

/**
 * Refuses, before parsing, queries with more fuzzy words than a person writes: each builds a Levenshtein automaton per
 * searched field, tens of milliseconds apiece and outside the search time limit, so 500 of them took seconds.
 * ({@link QueryLint} bounds the number of words.) Stateless.
 */
public final class QueryBudget {
  /** Fuzzy words ({@code word~}, {@code word~2}) allowed in one query. */
  public static final int MAX_FUZZY_TERMS = 20;

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "+", "-", "!");

  private QueryBudget() {}

  /** Throws a {@link QuerySyntaxException} at the first word over a limit. */
  public static void check(String query) {
    int fuzzy = 0;
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        i++;
        continue;
      }
      int start = i;
      boolean isFuzzy = false;
      // One word: up to whitespace or a bracket, with phrases, regular expressions and ranges kept whole.
      while (i < n) {
        char d = query.charAt(i);
        if (d == '\\') {
          i += 2;
          continue;
        }
        if (d == '"' || d == '/' || d == '[' || d == '{') {
          char close = d == '[' ? ']' : d == '{' ? '}' : d;
          int end = closing(query, i + 1, close);
          i = end < 0 ? n : end + 1;
          if (d == '"' || d == '[' || d == '{') {
            // a ~ after a phrase is proximity, after a range nothing: not fuzzy
            while (i < n && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != ')') {
              i++;
            }
          }
          continue;
        }
        if (Character.isWhitespace(d) || d == '(' || d == ')') {
          break;
        }
        if (d == '~') {
          isFuzzy = true;
        }
        i++;
      }
      String word = query.substring(start, Math.min(i, n));
      if (OPERATORS.contains(word)) {
        continue;
      }
      if (isFuzzy && ++fuzzy > MAX_FUZZY_TERMS) {
        throw new QuerySyntaxException(
            query, start + 1, "the query has too many fuzzy words (at most " + MAX_FUZZY_TERMS + ")",
            "use ~ on the few words that may be misspelt");
      }
    }
  }

  private static int closing(String query, int from, char close) {
    for (int i = from; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == close) {
        return i;
      }
    }
    return -1;
  }
}
