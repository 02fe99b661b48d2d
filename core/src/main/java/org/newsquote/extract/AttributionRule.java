package org.newsquote.extract;

import java.util.Optional;

/**
 * One attribution sieve: given a quote in its context, maybe its speaker. Implementations are small, immutable and
 * thread-safe; the extractor tries them in order and records the {@link #name()} of the first that decides.
 */
public interface AttributionRule {
  /** A short, stable name shown with every quote this rule attributes ({@code cue-after}). */
  String name();

  /** The attribution, or empty when this rule cannot decide. */
  Optional<Attribution> attribute(QuoteContext context);
}
