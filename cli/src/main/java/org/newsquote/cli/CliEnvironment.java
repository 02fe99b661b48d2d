package org.newsquote.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line needs to know about the process it runs in: environment variables and whether stdout and
 * stderr are terminals. Tests build one by hand so that colour and progress decisions can be checked without a tty.
 * Immutable.
 *
 * @param variables the environment variables
 * @param stdoutIsTerminal whether standard output is a terminal (colour in {@code --color=auto})
 * @param stderrIsTerminal whether standard error is a terminal (progress display of {@code index})
 */
public record CliEnvironment(Map<String, String> variables, boolean stdoutIsTerminal, boolean stderrIsTerminal) {

  public CliEnvironment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
  }

  /** The environment of this process. */
  public static CliEnvironment system() {
    return new CliEnvironment(System.getenv(), isTerminal(1), isTerminal(2));
  }

  /** A non-interactive environment with the given variables: output piped, so no colour and no progress. */
  public static CliEnvironment piped(Map<String, String> variables) {
    return new CliEnvironment(variables, false, false);
  }

  /** The value of a variable when it is set and not empty. */
  public String variable(String name) {
    String v = variables.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java has no isatty; on Linux the descriptor's link in /proc says
   * it. Elsewhere fall back to {@link System#console()}, which answers for stdin and stdout together.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // no /proc: use the console below
    }
    return consoleIsTerminal();
  }

  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    // Since JDK 22 System.console() is non-null even when redirected; Console.isTerminal() tells (we compile for 21).
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
