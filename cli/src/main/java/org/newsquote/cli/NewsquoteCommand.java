package org.newsquote.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only dispatches to subcommands. */
@Command(
    name = "newsquote",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search news coverage by who said what, where and when.",
    subcommands = {CommandLine.HelpCommand.class})
public final class NewsquoteCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A command line with newsquote's error handling and exit codes, ready to execute. */
  public static CommandLine commandLine() {
    return new CommandLine(new NewsquoteCommand());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'newsquote --help'");
  }
}
