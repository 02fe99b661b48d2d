package org.newsquote.ingest.internal;

import java.util.Objects;

/**
 * A value recovered for an article field, with the name of the rule that found it. Immutable.
 *
 * @param value the value
 * @param rule the rule's name as recorded in {@code Article.decidedBy} ({@code text:dateline}, {@code jsonl:date})
 */
public record Found<T>(T value, String rule) {
  public Found {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }
}
