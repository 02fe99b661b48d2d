package org.newsquote.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become messages and exit codes: {@code newsquote: <message>} on stderr, one line
 * (a query error adds the query and a caret), a stack trace only with {@code --debug}. Stateless.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Throwable t = unwrap(ex);
    for (String line : messageLines(t)) {
      err.println("newsquote: " + line);
    }
    if (debugRequested(parseResult)) {
      t.printStackTrace(err);
    }
    err.flush();
    return getExitCode(t);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("newsquote: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.ERROR;
  }

  @Override
  public int getExitCode(Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof InterruptedException || e instanceof CancellationException) {
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.ERROR;
  }

  /** What the user reads: one line, or for a query error the message, the query and a caret under the column. */
  static java.util.List<String> messageLines(Throwable t) {
    if (t instanceof CliException) {
      return java.util.List.of(t.getMessage());
    }
    java.util.List<String> fromCore = CoreErrors.messageLines(t);
    if (fromCore != null) {
      return fromCore;
    }
    if (t instanceof NoSuchFileException e) {
      return java.util.List.of("no such file: " + e.getFile());
    }
    if (t instanceof AccessDeniedException e) {
      return java.util.List.of("permission denied: " + e.getFile());
    }
    if (t instanceof IOException || t instanceof UncheckedIOException) {
      Throwable io = t instanceof UncheckedIOException u ? u.getCause() : t;
      return java.util.List.of("I/O error: " + io.getMessage());
    }
    if (t instanceof InterruptedException || t instanceof CancellationException) {
      return java.util.List.of("interrupted");
    }
    String msg = t.getMessage();
    return java.util.List.of(
        "internal error: " + t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg)
            + " (run with --debug for details)");
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CommandLine.ExecutionException || e instanceof java.util.concurrent.ExecutionException
            || e instanceof java.util.concurrent.CompletionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException n) {
      return n;
    }
    return e;
  }

  private static boolean debugRequested(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
