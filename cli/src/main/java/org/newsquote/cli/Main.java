package org.newsquote.cli;

import picocli.CommandLine;

/** Entry point of the {@code newsquote} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(NewsquoteCommand.commandLine(args).execute(args));
  }
}
