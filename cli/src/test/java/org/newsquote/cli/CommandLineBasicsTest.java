package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineBasicsTest {

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "quotes", "show", "stats", "extract", "verify", "completion"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("Usage: newsquote " + command), r.out());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertEquals("", r.err());
    for (String line : r.out().split("\n")) {
      assertTrue(line.length() <= 80, "help line longer than 80 columns: " + line);
    }
  }

  @Test
  void rootHelpListsTheCommands() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exit());
    for (String c : new String[] {"index", "search", "quotes", "show", "stats", "extract", "verify", "completion"}) {
      assertTrue(r.out().contains("  " + c + " "), c + " missing from\n" + r.out());
    }
  }

  @Test
  void versionNamesNewsquoteAndLucene() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("newsquote "), r.out());
    assertTrue(r.out().contains("Lucene 10."), r.out());
  }

  @Test
  void completionPrintsABashScriptKnowingTheSubcommands() {
    Cli.Result r = Cli.run("completion");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("complete -F"), r.out());
    assertTrue(r.out().contains("quotes") && r.out().contains("--sort"), "subcommands and options completed");
  }

  @Test
  void unknownCommandIsAUsageErrorOnStderr() {
    Cli.Result r = Cli.run("serch", "nato");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("newsquote: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run();
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("newsquote: missing command"), r.err());
  }

  @Test
  void missingQueryIsAUsageErrorPointingToHelp() {
    Cli.Result r = Cli.run("search");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("newsquote: Missing required parameter: 'QUERY'"), r.err());
    assertTrue(r.err().contains("newsquote search --help"), r.err());
  }

  @Test
  void badSortValueSaysWhatIsAccepted() {
    Cli.Result r = Cli.run("search", "--sort", "newest", "nato");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("relevance, date or -date"), r.err());
  }

  @Test
  void minusDateIsASortValueNotAnOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    Cli.Result r = Cli.run("search", "--index", tmp.resolve("none").toString(), "--sort", "-date", "nato");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("newsquote: no index at"), r.err());
  }

  @Test
  void badColorValueIsAUsageError() {
    Cli.Result r = Cli.run("search", "--color=sometimes", "nato");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("auto, always, never"), r.err());
  }
}
