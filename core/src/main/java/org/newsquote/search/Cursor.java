package org.newsquote.search;

import java.util.Objects;

/**
 * Where a page of results ended, to ask for the next one with {@link SearchRequest.Builder#after(Cursor)}. The token
 * is opaque, URL- and shell-safe text (a CLI may print it and read it back); it is only valid for the same query and
 * sort.
 */
public record Cursor(String token) {
  public Cursor {
    Objects.requireNonNull(token, "token");
    if (!token.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("not a result cursor: '" + token + "'");
    }
  }

  @Override
  public String toString() {
    return token;
  }
}
