package org.newsquote.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option, falling back to $NEWSQUOTE_INDEX, then {@code .newsquote/}. A picocli mixin. */
final class IndexOption {
  static final String DEFAULT_DIR = ".newsquote";
  static final String ENV = "NEWSQUOTE_INDEX";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: $" + ENV + ", else ./" + DEFAULT_DIR + ").")
  Path dir;

  /** The index directory chosen by the option, the environment or the default, in that order. */
  Path resolve(CliEnvironment env) {
    if (dir != null) {
      return dir;
    }
    String fromEnv = env.variable(ENV);
    return Path.of(fromEnv != null ? fromEnv : DEFAULT_DIR);
  }
}
