package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquote.search.QuerySyntaxException;

class ErrorsTest {
  @TempDir Path tmp;

  private static String[] withIndex(String command, Path index) {
    return switch (command) {
      case "search", "quotes" -> new String[] {command, "--index", index.toString(), "nato"};
      case "show" -> new String[] {command, "--index", index.toString(), "world/x"};
      default -> new String[] {command, "--index", index.toString()};
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"search", "quotes", "show", "stats", "verify"})
  void readingCommandsSayClearlyThatThereIsNoIndex(String command) {
    Path missing = tmp.resolve("nothing-here");
    Cli.Result r = Cli.run(withIndex(command, missing));
    assertEquals(2, r.exit(), r.toString());
    assertEquals("newsquote: no index at " + missing + ": run newsquote index PATH\n", r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"search", "stats", "verify"})
  void anEmptyDirectoryIsNoIndexEither(String command) throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Cli.Result r = Cli.run(withIndex(command, empty));
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("newsquote: no index at " + empty), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void environmentVariableChoosesTheIndex() {
    Path fromEnv = tmp.resolve("from-env");
    Cli.Result r = Cli.run(CliEnvironment.piped(Map.of("NEWSQUOTE_INDEX", fromEnv.toString())), "stats");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no index at " + fromEnv + ":"), r.err());
  }

  @Test
  void optionBeatsEnvironmentVariable() {
    Path fromEnv = tmp.resolve("from-env");
    Path fromOption = tmp.resolve("from-option");
    Cli.Result r = Cli.run(CliEnvironment.piped(Map.of("NEWSQUOTE_INDEX", fromEnv.toString())),
        "stats", "--index", fromOption.toString());
    assertTrue(r.err().contains("no index at " + fromOption + ":"), r.err());
  }

  @Test
  void defaultIndexIsDotNewsquoteInTheCurrentDirectory() {
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of(".newsquote")), "a .newsquote exists here");
    Cli.Result r = Cli.run("stats");
    assertEquals(2, r.exit());
    assertEquals("newsquote: no index at .newsquote: run newsquote index PATH\n", r.err());
  }

  @Test
  void debugAddsTheStackTrace() {
    Cli.Result plain = Cli.run("search", "--index", tmp.resolve("x").toString(), "nato");
    assertFalse(plain.err().contains("\tat "), plain.err());
    Cli.Result debug = Cli.run("search", "--debug", "--index", tmp.resolve("x").toString(), "nato");
    assertEquals(2, debug.exit());
    assertTrue(debug.err().startsWith("newsquote: no index at"), debug.err());
    assertTrue(debug.err().contains("\tat org.newsquote.cli."), debug.err());
  }

  @Test
  void queryErrorIsMessageQueryAndCaretUnderTheColumn() {
    QuerySyntaxException e =
        new QuerySyntaxException("nato \"expansion", 6, "unclosed quotation mark", "add the closing \"");
    List<String> lines = ErrorHandler.messageLines(e);
    assertEquals(3, lines.size(), lines.toString());
    assertEquals("query error at column 6: unclosed quotation mark (add the closing \")", lines.get(0));
    assertEquals("  nato \"expansion", lines.get(1));
    assertEquals(lines.get(1).indexOf('"'), lines.get(2).indexOf('^'), "caret under the quotation mark");
  }

  @Test
  void exceptionsMapToExitCodesInOnePlace() {
    ErrorHandler h = new ErrorHandler();
    assertEquals(130, h.getExitCode(new InterruptedException()));
    assertEquals(130, h.getExitCode(new CancellationException()));
    assertEquals(2, h.getExitCode(new IOException("disk full")));
    assertEquals(2, h.getExitCode(new IllegalStateException("bug")));
    assertEquals(List.of("I/O error: disk full"), ErrorHandler.messageLines(new IOException("disk full")));
    assertTrue(ErrorHandler.messageLines(new IllegalStateException("bug")).get(0).contains("--debug"));
  }
}
