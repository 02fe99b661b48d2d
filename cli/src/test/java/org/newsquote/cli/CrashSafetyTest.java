package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.IndexHealth;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.search.NewsSearcher;

/**
 * {@code newsquote index} killed with SIGKILL ({@link Process#destroyForcibly()}) at several moments leaves an index
 * that opens, passes {@code verify} and holds whole files only (the last commit); the lock of the dead process does not
 * block the next run; re-running the same command finishes the job. A second writer meanwhile is refused in one line.
 *
 * <p>The CLI runs as a separate JVM (this JVM's java and class path, main class {@link Main}) over a generated corpus
 * of 4,800 articles that takes a few seconds to index, committed every {@value #COMMIT_EVERY} articles.
 */
class CrashSafetyTest {
  private static final int FILES = 48;
  private static final int PER_FILE = 100;
  /** Several commits per run (whole files, so every 6 files here), without a corpus so big the test is slow. */
  private static final int COMMIT_EVERY = 600;
  private static final long RUN_LIMIT_SECONDS = 120;

  @TempDir static Path shared;
  private static Path corpus;

  @TempDir Path tmp;

  @BeforeAll
  static void generate() throws IOException {
    corpus = GeneratedCorpus.write(shared.resolve("corpus"), FILES, PER_FILE, 42);
  }

  @Test
  void killedRunsLeaveAWorkingIndexAndReRunsFinishTheJob() throws Exception {
    Path index = tmp.resolve("index");

    // 1. Killed as soon as the writer holds its lock: before the first commit, or just after the empty one.
    Process first = startIndex(index);
    awaitOrFail(first, () -> Files.exists(index.resolve("write.lock")), "the writer never took its lock");
    kill(first);
    assertConsistent(index, PER_FILE);

    // 2. and 3. Each re-run proves the dead process's lock does not block it. Killed right after its next commit,
    // then in the middle of a batch (a moment after a commit, while the next files are being written).
    for (int round = 0; round < 2; round++) {
      long generation = commitGeneration(index);
      Process rerun = startIndex(index);
      awaitOrFail(rerun, () -> commitGeneration(index) > generation, "no commit within the run");
      if (round == 0) {
        secondWriterIsRefused(index);
      } else {
        Thread.sleep(300);
      }
      kill(rerun);
      assertConsistent(index, PER_FILE);
    }

    // 4. The same command once more completes the job.
    Process last = startIndex(index);
    assertTrue(last.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS), "the final run did not finish");
    String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, last.exitValue(), "final run failed: " + out + err);
    JsonNode summary = Json.MAPPER.readTree(out);
    assertEquals(FILES, summary.get("read").asInt(), out);
    assertEquals(FILES, summary.get("added").asInt() + summary.get("unchanged").asInt(), out);
    assertTrue(summary.get("unchanged").asInt() > 0, "nothing survived the kills: " + out);
    assertEquals(0, summary.get("failed").asInt(), out);
    assertEquals(FILES, assertConsistent(index, PER_FILE));
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals((long) FILES * PER_FILE, searcher.info().articles());
    }
  }

  @Test
  void aSecondIndexOnALockedIndexIsRefusedAndChangesNothing() throws Exception {
    Path index = tmp.resolve("index");
    Path small = GeneratedCorpus.write(tmp.resolve("small"), 2, 3, 7);
    assertEquals(0, Cli.run("index", "--index", index.toString(), small.toString()).exit());
    Map<String, String> before = snapshot(index);

    // This JVM holds the write lock; Lucene's lock is per process, so the in-process CLI meets it like another one.
    try (NewsIndexWriter holder = NewsIndexWriter.open(index, WriterOptions.defaults())) {
      Map<String, String> held = snapshot(index);
      Path more = GeneratedCorpus.write(tmp.resolve("more"), 3, 3, 8);
      for (String[] args : List.of(
          new String[] {"index", "--index", index.toString(), small.toString(), more.toString()},
          new String[] {"index", "--full", "--index", index.toString(), more.toString()})) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exit(), r.toString());
        assertEquals("newsquote: index at " + index + " is being written by another process\n", r.err(), r.toString());
        assertEquals(held, snapshot(index), "a refused run changed the index");
      }
    }
    assertConsistent(index, 3);
    assertEquals(before.keySet().stream().filter(f -> f.startsWith("segments_")).count(),
        snapshot(index).keySet().stream().filter(f -> f.startsWith("segments_")).count());
  }

  /** A second {@code index} while the subprocess writes: exit 2, one line, nothing thrown. */
  private void secondWriterIsRefused(Path index) {
    Cli.Result r = Cli.run("index", "--index", index.toString(), corpus.toString());
    if (r.exit() == 0) {
      fail("a second writer ran beside the first: " + r);
    }
    assertEquals(2, r.exit(), r.toString());
    assertEquals("newsquote: index at " + index + " is being written by another process\n", r.err(), r.toString());
  }

  /**
   * The index after a kill: verify passes, a searcher opens, the lock is free, and it holds whole files only, each
   * with all its articles. Returns the number of files indexed. When the kill came before the first commit there is
   * no index yet, which verify must say plainly.
   */
  private static int assertConsistent(Path index, int perFile) throws IOException {
    Cli.Result verify = Cli.run("verify", "--index", index.toString());
    if (commitGeneration(index) < 0) {
      assertEquals(2, verify.exit(), verify.toString());
      assertTrue(verify.err().startsWith("newsquote: no index at " + index), verify.toString());
      return 0;
    }
    assertEquals(0, verify.exit(), "verify failed after a kill: " + verify);
    IndexHealth health = IndexHealth.check(index);
    assertTrue(health.healthy(), health.problem());
    Map<String, String> files;
    // Opening a writer takes the lock the killed process held: proof that it was released.
    try (NewsIndexWriter writer = NewsIndexWriter.open(index, WriterOptions.defaults())) {
      files = Map.copyOf(writer.indexedFiles());
    }
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals((long) files.size() * perFile, searcher.info().articles(),
          "articles do not make whole files: " + files.size() + " files");
    }
    for (String f : files.keySet()) {
      assertTrue(f.matches("feed-\\d{4}\\.jsonl"), "unexpected file in the index: " + f);
    }
    return files.size();
  }

  private static Process startIndex(Path index) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(
        java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "index", "--json", "--commit-every", Integer.toString(COMMIT_EVERY), "--index", index.toString(),
        corpus.toString()));
    return new ProcessBuilder(cmd).start();
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "a killed process did not end");
    assertEquals(137, p.exitValue(), "the process was not killed by SIGKILL (it had ended by itself)");
  }

  /** Polls until {@code condition} holds; fails if the process ends first or the run limit passes. */
  private static void awaitOrFail(Process p, BooleanSupplier condition, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (!p.isAlive()) {
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        fail(what + ": the process ended first with exit " + p.exitValue() + ": " + err);
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        fail(what + " within " + RUN_LIMIT_SECONDS + " s");
      }
      Thread.sleep(2);
    }
  }

  /** The generation of the newest commit point ({@code segments_N}), or -1 when there is none. */
  private static long commitGeneration(Path index) {
    if (!Files.isDirectory(index)) {
      return -1;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
          .max()
          .orElse(-1);
    } catch (IOException e) {
      return -1; // listed while files came and went: look again
    }
  }

  /** Every file of the index with its size and modification time. */
  private static Map<String, String> snapshot(Path index) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        m.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return m;
  }
}
