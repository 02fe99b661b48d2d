package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.search.NewsSearcher;
import org.newsquote.testing.Tmpfs;

/**
 * When the index cannot be written (a full disk, a read-only file system, a file where the index directory should
 * be) the job fails with one clear sentence and the index keeps its last committed state.
 *
 * <p>Tests run as root on the project's machines, where {@code chmod} stops nothing; a small tmpfs (full, or remounted
 * read-only) fails writes for root too. Where mounting is not allowed the tmpfs tests skip, and the chmod test runs
 * instead (it skips for root).
 */
class IndexWriteFailureTest {
  @TempDir Path tmp;

  @Test
  void fullDiskFailsClearlyAndKeepsTheLastCommit() throws Exception {
    try (Tmpfs fs = Tmpfs.mount(tmp.resolve("mnt"), 1024)) {
      assumeTrue(fs != null, "cannot mount a tmpfs here (needs root): the full-disk case is not tested");
      Path index = fs.path().resolve("index");
      Path corpus = Files.createDirectories(tmp.resolve("corpus"));
      writeArticles(corpus.resolve("small"), 3, 1);
      IndexSummary first = job(index, corpus).run();
      assertEquals(3, first.articles());
      long articlesBefore = articles(index);

      // About 6 MB of new text: far more than the 1 MB file system can take.
      writeArticles(corpus.resolve("big"), 60, 200);
      IndexException e = assertThrows(IndexException.class, () -> job(index, corpus).run());

      assertOneSentence(e, index);
      assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("space"), "does not say the disk is full: " + e.getMessage());
      assertIntact(index, articlesBefore);
    }
  }

  @Test
  void readOnlyFileSystemFailsClearlyAndChangesNothing() throws Exception {
    try (Tmpfs fs = Tmpfs.mount(tmp.resolve("mnt"), 4096)) {
      assumeTrue(fs != null, "cannot mount a tmpfs here (needs root): the read-only case is tested by chmod instead");
      Path index = fs.path().resolve("index");
      Path corpus = Files.createDirectories(tmp.resolve("corpus"));
      writeArticles(corpus.resolve("a"), 3, 1);
      job(index, corpus).run();
      long before = articles(index);
      fs.remountReadOnly();

      writeArticles(corpus.resolve("b"), 3, 1);
      IndexException e = assertThrows(IndexException.class, () -> job(index, corpus).run());

      assertOneSentence(e, index);
      assertIntact(index, before);
    }
  }

  @Test
  void readOnlyDirectoryByPermissionsFailsClearly() throws Exception {
    // Root ignores permissions: there the tmpfs test above proves the same behaviour.
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root, where chmod does not stop writes");
    Path index = tmp.resolve("index");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    writeArticles(corpus.resolve("a"), 3, 1);
    job(index, corpus).run();
    long before = articles(index);
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      writeArticles(corpus.resolve("b"), 3, 1);
      IndexException e = assertThrows(IndexException.class, () -> job(index, corpus).run());
      assertOneSentence(e, index);
    } finally {
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertIntact(index, before);
  }

  @Test
  void aFileWhereTheIndexShouldBeIsReportedAndLeftAlone() throws Exception {
    Path index = tmp.resolve("index");
    byte[] content = "not an index\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(index, content);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    writeArticles(corpus.resolve("a"), 2, 1);

    IndexException e = assertThrows(IndexException.class, () -> job(index, corpus).run());

    assertOneSentence(e, index);
    assertTrue(e.getMessage().endsWith(": file exists: " + index), e.getMessage());
    assertArrayEquals(content, Files.readAllBytes(index), "the file in the way was changed");
  }

  @Test
  void anIndexBelowAFileSaysWhyItCannotBeMade() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "a file, not a folder\n");
    Path index = file.resolve("index");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    writeArticles(corpus.resolve("a"), 1, 1);

    IndexException e = assertThrows(IndexException.class, () -> job(index, corpus).run());

    assertOneSentence(e, index);
    // The JDK's exception says only the path; the message must say what is wrong with it.
    assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("not a directory"), e.getMessage());
  }

  private static IndexJob job(Path index, Path corpus) {
    return new IndexJob(index, IndexJobOptions.builder(List.of(corpus)).threads(1).ramBufferMb(16).build());
  }

  /** {@code files} invented articles, each {@code paragraphs} paragraphs long (about 30 KB per 1,000). */
  static void writeArticles(Path dir, int files, int paragraphs) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < files; i++) {
      StringBuilder text = new StringBuilder("Council debates budget item " + i + "\n\n");
      for (int p = 0; p < paragraphs; p++) {
        text.append("\u201cThe tram line ").append(i).append('-').append(p)
            .append(" will open on time,\u201d council leader Mira Dunne said at a briefing on the budget, adding that"
                + " the depot works had finished early and the drivers were trained.\n\n");
      }
      Files.writeString(dir.resolve("article-" + i + ".txt"), text);
    }
  }

  private static long articles(Path index) {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      return s.info().articles();
    }
  }

  private static void assertIntact(Path index, long articles) throws IOException {
    IndexHealth health = IndexHealth.check(index);
    assertTrue(health.healthy(), "index damaged: " + health.problem());
    assertEquals(articles, articles(index), "the last committed state changed");
  }

  private static void assertOneSentence(IndexException e, Path index) {
    String m = e.getMessage();
    assertNotNull(m);
    assertFalse(m.contains("\n"), "message of several lines: " + m);
    assertTrue(m.contains(index.toString()), "message does not name the index: " + m);
    assertFalse(m.matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"), "message leaks class names: " + m);
  }
}
