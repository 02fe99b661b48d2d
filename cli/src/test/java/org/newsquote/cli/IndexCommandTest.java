package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  @TempDir Path tmp;

  private Cli.Result index(Path index, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("index", "--index", index.toString(), "--threads", "2"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void incrementalRunAddsUpdatesAndDeletesExactlyOneEach() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Articles.write(corpus.resolve("sport/derby.txt"),
        Articles.article("Derby ends level", "Sam Coe", "We should have won the derby"));
    Path index = tmp.resolve("index");
    Cli.Result first = index(index, "--json", corpus.toString());
    assertEquals(0, first.exit(), first.toString());
    JsonNode s1 = first.json();
    assertEquals(4, s1.get("read").asInt());
    assertEquals(4, s1.get("added").asInt());

    Articles.write(corpus.resolve("business/ports.txt"),
        Articles.article("Ports automate cranes", "John Roe", "Nobody will lose a job at the port"));
    Articles.write(corpus.resolve("world/summit.txt"),
        Articles.article("Summit agrees on alliance budget", "John Roe", "Most members will pay more"));
    Files.delete(corpus.resolve("science/glacier.txt"));
    Cli.Result second = index(index, "--json", corpus.toString());

    assertEquals(0, second.exit(), second.toString());
    assertEquals("", second.err());
    JsonNode s = second.json();
    assertEquals(4, s.get("read").asInt());
    assertEquals(1, s.get("added").asInt());
    assertEquals(1, s.get("updated").asInt());
    assertEquals(1, s.get("deleted").asInt());
    assertEquals(2, s.get("unchanged").asInt());
    assertEquals(0, s.get("failed").asInt());
    assertEquals(2, s.get("articles").asInt());
    assertTrue(s.get("quotes").asInt() >= 2, s.toString());
    assertTrue(s.get("seconds").isNumber());
    assertTrue(s.get("failures").isArray());
  }

  @Test
  void oneArticleWithOneQuoteIsCountedInTheSingular() throws Exception {
    Path corpus = tmp.resolve("one");
    Articles.write(corpus.resolve("a.txt"), "Ferry returns\n\n“The ferry runs again,” harbour master Ann Poe said.\n");
    Cli.Result r = index(tmp.resolve("index"), corpus.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("\n1 article, 1 quote indexed in "), r.out());
  }

  @Test
  void textSummaryNamesEveryCountAndStderrStaysQuietWhenPiped() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Cli.Result r = index(tmp.resolve("index"), corpus.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), "no progress display when stderr is not a terminal");
    assertTrue(r.out().contains("read 3 files: 3 added, 0 updated, 0 deleted, 0 unchanged, 0 failed"), r.out());
    assertTrue(r.out().matches("(?s).*3 articles, \\d+ quotes indexed in \\d+\\.\\d s\n"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when piped");
  }

  @Test
  void progressIsDrawnOnATerminalAndClearedBeforeTheSummary() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Cli.Result r = Cli.run(new CliEnvironment(Map.of(), false, true),
        "index", "--index", tmp.resolve("index").toString(), corpus.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("3/3 files"), r.err());
    assertTrue(r.err().endsWith("\r\u001b[K"), "progress line cleared at the end");
  }

  @Test
  void failedInputsAreListedOneALineAndStrictMakesThemAnError() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Articles.write(corpus.resolve("feeds/wire.jsonl"),
        "{\"id\": \"wire-1\", \"title\": \"Wire story\", \"text\": \"“It is fine,” Ann Poe said on Monday.\"}\n"
            + "{this is not json\n");
    Cli.Result lenient = index(tmp.resolve("a"), "--json", corpus.toString());
    assertEquals(0, lenient.exit(), lenient.toString());
    assertTrue(lenient.json().get("failed").asInt() >= 1, lenient.out());
    assertTrue(lenient.err().lines().anyMatch(l -> l.startsWith("newsquote: " + corpus.resolve("feeds/wire.jsonl") + ":2: ")), lenient.err());

    Cli.Result strict = index(tmp.resolve("b"), "--strict", corpus.toString());
    assertEquals(2, strict.exit(), strict.toString());
    assertTrue(strict.out().contains("failed"), strict.out());
  }

  @Test
  void fullRebuildReindexesEverything() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    index(index, corpus.toString());
    JsonNode s = index(index, "--full", "--json", corpus.toString()).json();
    assertEquals(3, s.get("updated").asInt());
    assertEquals(0, s.get("unchanged").asInt());
    assertEquals(3, s.get("articles").asInt());
  }

  @Test
  void oneFileIsOneFileInTheSummary() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Path one;
    try (var files = Files.walk(corpus)) {
      one = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
    Cli.Result r = index(tmp.resolve("index"), one.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains(": read 1 file: 1 added, "), r.out());
  }

  @Test
  void aMissingPathIsAnErrorAndDeletesNothing() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    index(index, corpus.toString());
    Path typo = tmp.resolve("corpsu");
    Cli.Result r = index(index, "--json", typo.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("newsquote: " + typo + ": does not exist; nothing indexed (indexing the other PATHs alone would "
        + "remove what was indexed from it)\n", r.err());
    Cli.Result withOthers = index(index, "--json", corpus.toString(), typo.toString());
    assertEquals(2, withOthers.exit(), withOthers.toString());
    assertTrue(withOthers.err().contains(typo + ": does not exist; nothing indexed"), withOthers.err());
    assertEquals(3, index(index, "--json", corpus.toString()).json().get("unchanged").asInt());
  }

  @Test
  void badThreadCountIsAnError() {
    Cli.Result r = Cli.run("index", "--index", tmp.resolve("index").toString(), "--threads=-1", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("newsquote: --threads must be >= 1"), r.err());
  }

  @Test
  void fullRebuildMergesIntoOneSegmentUnlessToldNot() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Path merged = tmp.resolve("merged");
    Path unmerged = tmp.resolve("unmerged");
    // A commit after every file writes a segment per file.
    assertEquals(0, index(merged, "--full", "--commit-every", "1", corpus.toString()).exit());
    assertEquals(0, index(unmerged, "--full", "--no-merge", "--commit-every", "1", corpus.toString()).exit());
    assertEquals(1, segments(merged));
    assertTrue(segments(unmerged) > 1, "segments: " + segments(unmerged));

    Cli.Result update = index(tmp.resolve("update"), "--no-merge", corpus.toString());
    assertEquals(2, update.exit(), update.toString());
    assertEquals("newsquote: --no-merge applies only with --full\n", update.err());
  }

  private static int segments(Path index) throws Exception {
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
    }
  }
}
