package org.newsquote.cli;

/** The {@code --color} choices, spelt as grep and ripgrep spell them. */
public enum ColorMode {
  /** Colour when stdout is a terminal and NO_COLOR is not set. */
  auto,
  /** Colour even when piped (for {@code less -R}); beats NO_COLOR, as an explicit flag should. */
  always,
  /** No escape codes at all. */
  never;

  /** Whether this mode colours output in {@code env}. */
  boolean enabled(CliEnvironment env) {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto -> env.stdoutIsTerminal() && env.variable("NO_COLOR") == null;
    };
  }
}
