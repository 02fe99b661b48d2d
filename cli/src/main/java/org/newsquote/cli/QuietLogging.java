package org.newsquote.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library log chatter off stderr, which belongs to newsquote's own messages: Lucene logs through
 * java.util.logging that the Vector API is not enabled, on every start. Errors still come through as exceptions.
 */
final class QuietLogging {
  /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger forgets its level. */
  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private QuietLogging() {}

  static void apply() {
    LUCENE.setLevel(Level.SEVERE);
  }
}
