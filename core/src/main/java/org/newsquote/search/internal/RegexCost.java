package org.newsquote.search.internal;

/**
 * Estimates how large an automaton Lucene would build for a regular expression, before it builds it. Lucene bounds
 * determinization but not the automaton built first, so nested counted repeats ({@code ((a|b){1,500}){1,500}}) make
 * it copy a sub-automaton hundreds of thousands of times and the search never returns. The estimate counts each atom
 * once per copy that repeats would make: an upper bound on the states, computed in one pass. Stateless.
 */
public final class RegexCost {
  /**
   * Estimates above this are refused. Lucene's determinization limit (10,000 states) is not enough on its own: each
   * new state costs time in proportion to the states it stands for, so {@code .{1,1000}.x} stays under the limit yet
   * took 10 s per search (once per searched field). Hence a repeat of something that matches many characters
   * ({@code .}, a class, a group holding one) counts the square of its copies. A regular expression a person writes
   * stays far below: {@code [a-z]{2,5}ing} is 25.
   */
  public static final long MAX_COST = 1_000;

  private RegexCost() {}

  /**
   * The estimated number of automaton states for the body of {@code /body/} (without the slashes), saturating at
   * {@link Long#MAX_VALUE}.
   */
  public static long of(String body) {
    // One frame per open group: the cost of its finished items and of its last item (what a repeat multiplies).
    long[] total = new long[body.length() + 2];
    long[] last = new long[body.length() + 2];
    // Whether the last item (wide[d]) or anything in the group so far (groupWide[d]) matches many characters.
    boolean[] wide = new boolean[body.length() + 2];
    boolean[] groupWide = new boolean[body.length() + 2];
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      switch (c) {
        case '\\' -> {
          i++;
          total[depth] = add(total[depth], last[depth]);
          last[depth] = 1;
          wide[depth] = false;
        }
        case '(' -> {
          depth++;
          total[depth] = 0;
          last[depth] = 0;
          wide[depth] = false;
          groupWide[depth] = false;
        }
        case ')' -> {
          if (depth == 0) {
            total[0] = add(total[0], last[0]);
            last[0] = 1;
            break;
          }
          long group = add(total[depth], last[depth]);
          boolean inner = groupWide[depth] || wide[depth];
          depth--;
          total[depth] = add(total[depth], last[depth]);
          last[depth] = Math.max(1, group);
          wide[depth] = inner;
          groupWide[depth] |= inner;
        }
        case '|' -> {
          total[depth] = add(total[depth], last[depth]);
          last[depth] = 0;
        }
        case '{' -> {
          int close = repeatEnd(body, i);
          if (close < 0) {
            // Not a repeat: a literal brace, and what follows it is scanned as usual (it may hold a repeat).
            total[depth] = add(total[depth], last[depth]);
            last[depth] = 1;
            wide[depth] = false;
            break;
          }
          long copies = copies(body.substring(i + 1, close));
          last[depth] = multiply(Math.max(1, last[depth]), wide[depth] ? multiply(copies, copies) : copies);
          i = close;
        }
        case '[' -> {
          // A character class is one state however long it is.
          int close = body.indexOf(']', i + 1);
          total[depth] = add(total[depth], last[depth]);
          last[depth] = 1;
          wide[depth] = true;
          groupWide[depth] = true;
          i = close < 0 ? body.length() : close;
        }
        case '<' -> {
          // A numeric interval <1-1000000> costs about one state per digit position and value range; count its text.
          int close = body.indexOf('>', i);
          int end = close < 0 ? body.length() - 1 : close;
          total[depth] = add(total[depth], last[depth]);
          last[depth] = Math.max(1, (long) (end - i) * (end - i));
          wide[depth] = false;
          i = end;
        }
        case '+' -> {
          // Lucene builds x+ as x followed by x*: two copies, so a run of them doubles the size each time.
          last[depth] = multiply(Math.max(1, last[depth]), 2);
        }
        case '*', '?' -> {
          // a loop back or a skip: one more state, no copy
          last[depth] = add(last[depth], 1);
        }
        default -> {
          total[depth] = add(total[depth], last[depth]);
          last[depth] = 1;
          wide[depth] = c == '.' || c == '@' || c == '~';
          groupWide[depth] |= wide[depth];
        }
      }
    }
    // Unclosed groups: fold them into their parents (the parser reports them; the estimate only must not be low).
    while (depth > 0) {
      long group = add(total[depth], last[depth]);
      depth--;
      total[depth] = add(total[depth], last[depth]);
      last[depth] = group;
    }
    return add(total[0], last[0]);
  }

  /**
   * The index of the '}' closing a repeat {@code {n}}, {@code {n,}} or {@code {n,m}} that opens at {@code open}, or -1
   * when the brace opens no repeat. Looks at a few characters only, so a query of many braces stays linear.
   */
  private static int repeatEnd(String body, int open) {
    int end = Math.min(body.length(), open + 42);
    boolean digits = false;
    boolean comma = false;
    for (int i = open + 1; i < end; i++) {
      char c = body.charAt(i);
      if (c == '}') {
        return digits ? i : -1;
      } else if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == ',' && digits && !comma) {
        comma = true;
      } else if (c != ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** How many copies {@code {n}}, {@code {n,}} or {@code {n,m}} makes: the larger bound (n + 1 when unbounded). */
  private static long copies(String inside) {
    int comma = inside.indexOf(',');
    long min = number(comma < 0 ? inside : inside.substring(0, comma));
    if (comma < 0) {
      return Math.max(1, min);
    }
    String max = inside.substring(comma + 1).strip();
    return max.isEmpty() ? add(min, 1) : Math.max(1, Math.max(min, number(max)));
  }

  private static long number(String digits) {
    String s = digits.strip();
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
      return 1;
    }
    return s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s);
  }

  private static long add(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long multiply(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
  }
}
