package org.newsquote.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: only dispatches to subcommands. Holds the process environment the subcommands consult. Each
 * {@link #commandLine()} is a new command line, for one thread.
 */
@Command(
    name = "newsquote",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search news coverage by who said what, where and when.",
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

  /**
   * The subcommands by name, in the order help lists them. Added by code rather than by the annotation so that a run
   * can build only the one it executes: picocli builds each command's model by reflection (its classes are too old
   * for the JVM's AOT cache), and building all of them was a third of a cold search's time.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("index", IndexCommand.class);
    m.put("search", SearchCommand.class);
    m.put("quotes", QuotesCommand.class);
    m.put("show", ShowCommand.class);
    m.put("stats", StatsCommand.class);
    m.put("extract", ExtractCommand.class);
    m.put("verify", VerifyCommand.class);
    m.put("completion", CompletionCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(m);
  }

  /** A command line with newsquote's error handling and exit codes, ready to execute, in this process's environment. */
  public static CommandLine commandLine() {
    // Writers straight on the file descriptors, in UTF-8 whatever the locale (JSON is UTF-8): unlike System.out,
    // they let checkError() see a closed pipe, so `newsquote extract ... | head` stops instead of reading on.
    return commandLine(CliEnvironment.system())
        .setOut(writer(FileDescriptor.out))
        .setErr(writer(FileDescriptor.err));
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /**
   * A command line for executing {@code args}: when they start with a subcommand that needs no other (not help,
   * not completion), only that one is built.
   */
  public static CommandLine commandLine(String[] args) {
    Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    boolean alone = only != null && only != CommandLine.HelpCommand.class && only != CompletionCommand.class;
    return commandLine(CliEnvironment.system(), alone ? List.of(only) : List.copyOf(SUBCOMMANDS.values()))
        .setOut(writer(FileDescriptor.out))
        .setErr(writer(FileDescriptor.err));
  }

  /** The same, in a given environment (tests use this to decide terminals and variables). */
  public static CommandLine commandLine(CliEnvironment environment) {
    return commandLine(environment, List.copyOf(SUBCOMMANDS.values()));
  }

  private static CommandLine commandLine(CliEnvironment environment, List<Class<?>> subcommands) {
    QuietLogging.apply();
    ErrorHandler errors = new ErrorHandler();
    // Our factory builds the commands and mixins with `new` (see it); subcommands added below use it too.
    CommandLine cl = new CommandLine(new NewsquoteCommand(environment), CommandFactory.INSTANCE);
    // Subcommands first: the settings below reach only the subcommands present when they are made.
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
    return cl
        .setExecutionStrategy(ErrorHandler::runLast)
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
