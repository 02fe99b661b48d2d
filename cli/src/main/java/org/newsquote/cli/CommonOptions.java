package org.newsquote.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes: colour and debugging. A picocli mixin. */
final class CommonOptions {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = only on a terminal, "
          + "and not when NO_COLOR is set).")
  ColorMode color = ColorMode.auto;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  /** The style for text output: colour only when {@code --color} and the environment allow it. */
  Style style(CliEnvironment env) {
    return Style.of(color.enabled(env));
  }
}
