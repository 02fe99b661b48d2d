package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.NewsSearcher;

/**
 * Hostile input through the command line, as a user meets it: queries that break parsers, files that break readers,
 * an index of another version. Each ends with exit 2 and a message of one line (a query error adds the query and a
 * caret), or with an answer; never a stack trace, never a hang. Timeouts are hang guards only.
 */
class HostileInputCliTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  @TempDir static Path shared;
  private static Path index;

  @TempDir Path tmp;

  @BeforeAll
  static void smallIndex() throws IOException {
    index = shared.resolve("index");
    Path corpus = GeneratedCorpus.write(shared.resolve("corpus"), 3, 5, 1);
    Cli.Result r = Cli.run("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, r.exit(), r.toString());
  }

  static Stream<String> hostileQueries() {
    return Stream.of(
        "quote:\"we will not",
        "(tram AND (budget OR depot)",
        "date:[2022-13-45 TO x]",
        "speaker:",
        "*",
        "*tion",
        "/.{1,1000}.{1,1000}/",
        "quote:/((a|b){1,500}){1,500}c/",
        IntStream.range(0, 500).mapToObj(i -> "w" + i + "~2").collect(Collectors.joining(" ")),
        IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR ")),
        "(".repeat(2_000) + "tram" + ")".repeat(2_000),
        "tram\\",
        "\\\\ \\\" speaker:\\",
        "tram)");
  }

  @ParameterizedTest
  @MethodSource("hostileQueries")
  void hostileQueriesEndWithAClearErrorOrAnAnswer(String query) {
    for (String command : List.of("search", "quotes")) {
      Cli.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(command, "--index", index.toString(), query));
      assertNoStackTrace(r);
      if (r.exit() == 2) {
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).matches("newsquote: query error at column \\d+: .+"), r.toString());
        assertTrue(lines.size() <= 4, "error longer than message, query, caret and hint: " + r);
      } else {
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
      }
    }
  }

  @Test
  void hostileFilesAreReportedAndSkippedAndEveryGoodArticleIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path good = GeneratedCorpus.write(corpus.resolve("good"), 2, 4, 3);
    Files.writeString(corpus.resolve("good/plain.txt"),
        "Depot reopens\n\n\u201cThe depot is open again,\u201d site manager Lena Fiske said.\n");
    Path bad = Files.createDirectories(corpus.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    writeHugeLine(bad.resolve("huge-line.txt"), 50 * 1024 * 1024);
    byte[] binary = new byte[64 * 1024];
    new Random(5).nextBytes(binary);
    Files.write(bad.resolve("binary.txt"), binary);
    // A real article with two invalid sequences in it: read with replacement characters, indexed, and warned of.
    Files.write(bad.resolve("invalid-utf8.txt"), ("Bridge vote passes\n\nThe council voted on Tuesday to rebuild the"
        + " old river bridge, ending a debate that had run for two years.\n\n\u201cThe vote passed easily, and work"
        + " starts in \u0000 spring,\u201d mayor June Castell said after the meeting \u0001.\n\nResidents had asked for"
        + " a wider footpath and a cycle lane, and both are in the plan.\n").replace("\u0000", "\u00c3(")
        .getBytes(StandardCharsets.UTF_8));
    corruptUtf8(bad.resolve("invalid-utf8.txt"));
    Files.writeString(bad.resolve("malformed.jsonl"),
        "{\"id\":\"ok-1\",\"title\":\"Fine\",\"text\":\"\\\"All fine,\\\" the clerk said.\"}\n"
            + "{\"id\": \"broken\", \"text\": \n"
            + "[1, 2, 3]\n");
    Files.writeString(bad.resolve("truncated.jsonl"), "{\"id\":\"cut\",\"title\":\"Cut\",\"text\":\"The text stops he");
    Files.writeString(bad.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "deep" + "</body></html>");
    Path loops = Files.createDirectories(bad.resolve("loops"));
    Files.createSymbolicLink(loops.resolve("parent"), loops);
    Files.createSymbolicLink(loops.resolve("a.txt"), loops.resolve("b.txt"));
    Files.createSymbolicLink(loops.resolve("b.txt"), loops.resolve("a.txt"));
    Files.createDirectories(bad.resolve("x.txt"));
    Path unreadable = bad.resolve("unreadable.txt");
    Files.writeString(unreadable, "Locked away\n\nNothing to see.\n");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    boolean root = Files.isReadable(unreadable); // root reads it anyway: then it is simply indexed

    Path idx = tmp.resolve("index");
    Cli.Result lenient = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Cli.run("index", "--json", "--index", idx.toString(), corpus.toString()));
    assertEquals(0, lenient.exit(), lenient.toString());
    assertNoStackTrace(lenient);
    JsonNode summary = lenient.json();

    Map<String, String> reported = new HashMap<>();
    for (String kind : List.of("failures", "warnings")) {
      for (JsonNode p : summary.get(kind)) {
        String reason = p.get("reason").asText();
        assertFalse(reason.isBlank() || reason.contains("\n"), "not one line: " + reason);
        reported.merge(p.get("source").asText(), reason, (a, b) -> a + " | " + b);
      }
    }
    List<String> mustBeReported = new ArrayList<>(List.of(
        "bad/empty.txt", "bad/huge-line.txt", "bad/binary.txt", "bad/invalid-utf8.txt", "bad/malformed.jsonl",
        "bad/truncated.jsonl", "bad/loops"));
    if (!root) {
      mustBeReported.add("bad/unreadable.txt");
    }
    for (String file : mustBeReported) {
      assertTrue(reported.keySet().stream().anyMatch(s -> s.contains(file)),
          file + " not reported; reported: " + reported);
    }
    // Every line of the stderr report names its file: 'path[:line]: reason'.
    for (String line : lenient.err().lines().toList()) {
      assertTrue(line.matches("[^:]+(:\\d+)?: .+"), "stderr line without a source: " + line);
    }

    List<String> goodIds = new ArrayList<>(List.of("good/plain", "ok-1", "bad/invalid-utf8"));
    for (int f = 0; f < 2; f++) {
      for (int a = 0; a < 4; a++) {
        goodIds.add("gen/" + f + "/" + a);
      }
    }
    try (NewsSearcher searcher = NewsSearcher.open(idx)) {
      for (String id : goodIds) {
        assertTrue(searcher.article(id).isPresent(), "good article " + id + " was not indexed");
      }
    }

    Cli.Result strict = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Cli.run("index", "--full", "--strict", "--json", "--index", idx.toString(), corpus.toString()));
    assertEquals(2, strict.exit(), "--strict with failed inputs must exit 2: " + strict);
    assertNoStackTrace(strict);
    assertEquals(summary.get("failed").asInt(), strict.json().get("failed").asInt());
    assertTrue(summary.get("failed").asInt() > 0);
    assertTrue(good.toFile().isDirectory());
  }

  @Test
  void anIndexOfAnOlderSchemaAsksForAFullRebuild() throws Exception {
    Path idx = tmp.resolve("old-index");
    Path corpus = GeneratedCorpus.write(tmp.resolve("c"), 1, 2, 9);
    assertEquals(0, Cli.run("index", "--index", idx.toString(), corpus.toString()).exit());
    setSchemaVersion(idx, IndexSchema.SCHEMA_VERSION - 1);
    String expected = "newsquote: index at " + idx + " was built by an older newsquote: run newsquote index --full\n";

    for (String[] args : List.of(
        new String[] {"search", "--index", idx.toString(), "tram"},
        new String[] {"quotes", "--index", idx.toString(), "tram"},
        new String[] {"stats", "--index", idx.toString()},
        new String[] {"index", "--index", idx.toString(), corpus.toString()})) {
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.exit(), r.toString());
      assertEquals(expected, r.err(), r.toString());
    }
    Cli.Result full = Cli.run("index", "--full", "--index", idx.toString(), corpus.toString());
    assertEquals(0, full.exit(), full.toString());
    assertEquals(0, Cli.run("search", "--index", idx.toString(), "council").exit());
  }

  @Test
  void aFileWhereTheIndexShouldBeIsOneLine() throws Exception {
    Path notADir = Files.writeString(tmp.resolve("index"), "a file\n");
    Path corpus = GeneratedCorpus.write(tmp.resolve("c"), 1, 2, 9);
    Cli.Result r = Cli.run("index", "--index", notADir.toString(), corpus.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().startsWith("newsquote: ") && r.err().contains(notADir.toString()), r.toString());
    assertFalse(r.err().contains("internal error"), r.toString());
    assertEquals("a file\n", Files.readString(notADir));
  }

  private static void assertNoStackTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat ") || r.err().matches("(?s).*\\b(java|org)\\.[a-z.]+[A-Z]\\w*(Exception|Error).*"),
        "stack trace or exception class shown: " + r);
    assertFalse(r.err().contains("internal error"), r.toString());
  }

  /** One line of {@code bytes} bytes: words without a newline, written in pieces so the test itself stays small. */
  private static void writeHugeLine(Path file, int bytes) throws IOException {
    byte[] chunk = "the council said the tram line will open on time ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < bytes; written += chunk.length) {
        out.write(chunk, 0, Math.min(chunk.length, bytes - written));
      }
    }
  }

  /** Turns the UTF-8 of "Ã(" into the invalid pair C3 28 and U+0001 into a lone FF byte. */
  private static void corruptUtf8(Path file) throws IOException {
    byte[] in = Files.readAllBytes(file);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < in.length; i++) {
      if (in[i] == (byte) 0xC3 && i + 1 < in.length && in[i + 1] == (byte) 0x83) {
        out.write(0xC3); // lead byte of a two-byte sequence, followed by '(' below: invalid
        i++;
      } else if (in[i] == 0x01) {
        out.write(0xFF);
      } else {
        out.write(in[i]);
      }
    }
    Files.write(file, out.toByteArray());
  }

  private static void setSchemaVersion(Path dir, int version) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      String key = data.keySet().stream().filter(k -> k.toLowerCase(java.util.Locale.ROOT).contains("schema"))
          .findFirst().orElseThrow(() -> new AssertionError("no schema version in " + data));
      data.put(key, Integer.toString(version));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }
}
