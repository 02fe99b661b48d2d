package org.newsquote.cli;

import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only dispatches to subcommands. Holds the process environment the subcommands consult. */
@Command(
    name = "newsquote",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search news coverage by who said what, where and when.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      QuotesCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ExtractCommand.class,
      VerifyCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote index ~/news                 index a folder, or update its index",
      "  newsquote search 'nato AND expansion'  ranked articles, matches highlighted",
      "  newsquote quotes 'speaker:kirby'       quotes, with who said them",
      "  newsquote show politics/001            one article with its quotes",
      "  newsquote extract --json a.jsonl       quotes as JSON Lines, no index",
      "",
      "Exit status: 0 found or done, 1 nothing found, 2 error, 130 interrupted.",
      "Index: --index DIR, else $NEWSQUOTE_INDEX, else ./.newsquote"
    })
public final class NewsquoteCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final CliEnvironment environment;

  NewsquoteCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** A command line with newsquote's error handling and exit codes, ready to execute, in this process's environment. */
  public static CommandLine commandLine() {
    return commandLine(CliEnvironment.system());
  }

  /** The same, in a given environment (tests use this to decide terminals and variables). */
  public static CommandLine commandLine(CliEnvironment environment) {
    QuietLogging.apply();
    ErrorHandler errors = new ErrorHandler();
    return new CommandLine(new NewsquoteCommand(environment))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors)
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  CliEnvironment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
