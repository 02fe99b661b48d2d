package org.newsquote.index;

/**
 * Told how an {@link IndexJob} is getting on, after each file. Called on the job's thread: keep it quick (throttle any
 * drawing), and never throw.
 */
@FunctionalInterface
public interface IndexProgressListener {

  /** Ignores progress. */
  IndexProgressListener NONE = p -> {};

  void progress(IndexProgress progress);
}
