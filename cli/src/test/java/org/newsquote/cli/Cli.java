package org.newsquote.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs newsquote in-process, the way Main does, capturing stdout and stderr. */
final class Cli {
  private Cli() {}

  /** The outcome of one run. */
  record Result(int exit, String out, String err) {
    /** Each stdout line parsed as JSON; fails the test on any line that is not one JSON value. */
    List<JsonNode> jsonLines() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        try {
          nodes.add(Json.MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException("not a JSON line: " + line, e);
        }
      }
      return nodes;
    }

    JsonNode json() {
      List<JsonNode> nodes = jsonLines();
      if (nodes.size() != 1) {
        throw new AssertionError("expected one JSON object, got " + nodes.size() + ": " + out);
      }
      return nodes.get(0);
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs in a piped environment (no terminal, no variables). */
  static Result run(String... args) {
    return run(CliEnvironment.piped(Map.of()), args);
  }

  static Result run(CliEnvironment env, String... args) {
    CommandLine cmd = NewsquoteCommand.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
