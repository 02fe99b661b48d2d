package org.newsquote.cli;

/**
 * ANSI styling for text output, or none: every method returns its argument unchanged when colour is off, so renderers
 * never test the mode themselves. Immutable and thread-safe.
 */
final class Style {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String MATCH = "\u001b[1;31m"; // bold red, as grep marks matches
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String MAGENTA = "\u001b[35m";

  static final Style PLAIN = new Style(false);
  static final Style COLOR = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  static Style of(boolean on) {
    return on ? COLOR : PLAIN;
  }

  boolean on() {
    return on;
  }

  String bold(String s) {
    return wrap(BOLD, s);
  }

  String dim(String s) {
    return wrap(DIM, s);
  }

  String match(String s) {
    return wrap(MATCH, s);
  }

  String id(String s) {
    return wrap(MAGENTA, s);
  }

  String date(String s) {
    return wrap(GREEN, s);
  }

  String outlet(String s) {
    return wrap(CYAN, s);
  }

  String speaker(String s) {
    return wrap(YELLOW, s);
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? code + s + RESET : s;
  }
}
