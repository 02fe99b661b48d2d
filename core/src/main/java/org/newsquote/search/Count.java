package org.newsquote.search;

import java.util.Objects;

/** One facet value and how many hits have it. */
public record Count(String label, long count) {
  public Count {
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
  }
}
