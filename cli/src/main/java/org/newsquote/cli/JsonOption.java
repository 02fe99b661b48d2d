package org.newsquote.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch: JSON Lines on stdout, one object a line, never any escape codes. A picocli mixin. */
final class JsonOption {
  @Option(names = "--json", description = "Print JSON Lines (one object a line) instead of text.")
  boolean json;
}
