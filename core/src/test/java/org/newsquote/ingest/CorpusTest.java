package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.newsquote.ingest.IngestFixtures.read;
import static org.newsquote.ingest.IngestFixtures.write;
import static org.newsquote.ingest.IngestFixtures.writeGzip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.model.Article;
import org.newsquote.model.IngestProblem;

/** Directory walks, ids, globs, gzip, hashing, and bad inputs that must be reported without stopping the run. */
class CorpusTest {
  @TempDir Path dir;

  private static List<String> ids(IngestFixtures.Run run) {
    return run.articles().stream().map(Article::id).toList();
  }

  private static String problemsAt(IngestFixtures.Run run) {
    return run.problems().toString();
  }

  @Test
  void walksRecursivelyInSortedOrderWithRelativeIds() throws Exception {
    write(dir, "politics/002.txt", "Second\n\nBody.\n");
    write(dir, "politics/001.txt", "First\n\nBody.\n");
    write(dir, "b.htm", "<p>Body.</p>");
    write(dir, "a/feed.jsonl", "{\"id\": \"x\", \"text\": \"t\"}\n{\"text\": \"u\"}\n");
    write(dir, "notes.md", "not an article");
    writeGzip(dir, "z/003.txt.gz", "Third\n\nBody.\n");
    IngestFixtures.Run run = read(dir);
    assertEquals(List.of("x", "a/feed#2", "b", "politics/001", "politics/002", "z/003"), ids(run));
    assertEquals(List.of(), run.problems());
    assertEquals("politics/001.txt", run.articles().get(3).source().path());
    assertEquals("Third", run.articles().get(5).title());
  }

  @Test
  void aProblemNamesTheFileUnderTheRootGivenWhileTheArticleKeepsItsRelativeSource() throws Exception {
    write(dir, "feeds/wire.jsonl", "{\"id\": \"w1\", \"text\": \"t\"}\n{broken\n");
    IngestFixtures.Run run = read(dir);
    assertEquals("feeds/wire.jsonl", run.articles().get(0).source().path(), "stored relative to the root");
    assertEquals(1, run.problems().size(), problemsAt(run));
    assertEquals(dir.resolve("feeds/wire.jsonl").toString() + ":2", run.problems().get(0).source().toString(),
        "a path the user can open, as the walker's own problems name it");
  }

  @Test
  void aFileGivenDirectlyIsNamedByItsFileName() throws Exception {
    Path file = write(dir, "deep/down/story.txt", "Headline\n\nBody.\n");
    assertEquals(List.of("story"), ids(read(file)));
  }

  @Test
  void includeAndExcludeGlobsFilterRelativePathsAndNames() throws Exception {
    write(dir, "keep/a.txt", "A\n\nBody.\n");
    write(dir, "keep/b.html", "<p>Body.</p>");
    write(dir, "drafts/c.txt", "C\n\nBody.\n");
    write(dir, "d.txt", "D\n\nBody.\n");
    CorpusOptions options = new CorpusOptions(List.of("*.txt"), List.of("drafts"), 1000);
    assertEquals(List.of("d", "keep/a"), ids(read(List.of(dir), options)));
    CorpusOptions onlyKeep = new CorpusOptions(List.of("keep/**"), List.of(), 1000);
    assertEquals(List.of("keep/a", "keep/b"), ids(read(List.of(dir), onlyKeep)));
  }

  @Test
  void filesAreListedLazilyAndInOrder() throws Exception {
    write(dir, "b.txt", "B\n\nBody.\n");
    write(dir, "a.txt", "A\n\nBody.\n");
    try (Stream<InputFile> files = Corpus.files(List.of(dir), CorpusOptions.defaults(), p -> {})) {
      assertEquals(List.of("a.txt", "b.txt"), files.map(InputFile::displayPath).toList());
    }
  }

  @Test
  void contentHashIsTheSha256OfTheRawBytes() throws Exception {
    Path file = write(dir, "a.txt", "abc");
    InputFile input = new InputFile(file, "a.txt", "a");
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", input.contentHash());
    Files.writeString(file, "abd");
    assertNotEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", input.contentHash());
  }

  @Test
  void badInputsAreReportedAndTheGoodArticlesStillRead() throws Exception {
    write(dir, "01-good.txt", "Good\n\nBody.\n");
    Files.write(dir.resolve("02-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.write(dir.resolve("03-empty.txt"), new byte[0]);
    write(dir, "04-dir.txt/inner.txt", "Inner\n\nBody.\n");
    Files.createSymbolicLink(dir.resolve("05-loop"), dir);
    Files.createSymbolicLink(dir.resolve("06-broken.txt"), dir.resolve("nowhere.txt"));
    write(dir, "07-furniture.txt", "Leave a Reply\n\nBack to top button\n");
    write(dir, "08-too-long.txt", "Long\n\n" + "word ".repeat(300));
    Files.write(dir.resolve("09-latin1.txt"), "Caf\u00e9\n\nBody.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    write(dir, "99-good.txt", "Also good\n\nBody.\n");
    IngestFixtures.Run run = read(List.of(dir), new CorpusOptions(List.of(), List.of(), 1000));
    assertEquals(List.of("01-good", "04-dir.txt/inner", "09-latin1", "99-good"), ids(run), problemsAt(run));
    List<String> reported =
        run.problems().stream().map(p -> Path.of(p.source().path()).getFileName() + " " + p.severity()).toList();
    assertEquals(
        List.of(
            "02-binary.txt ERROR",
            "03-empty.txt ERROR",
            "04-dir.txt WARNING",
            "05-loop WARNING",
            "06-broken.txt ERROR",
            "07-furniture.txt ERROR",
            "08-too-long.txt ERROR",
            "09-latin1.txt WARNING"),
        reported,
        problemsAt(run));
    for (IngestProblem p : run.problems()) {
      assertTrue(!p.reason().isBlank() && !p.reason().contains("Exception") && !p.reason().contains("\n"), p.reason());
    }
    assertEquals("Caf\uFFFD", run.articles().get(2).title());
  }

  @Test
  void aMissingRootAndADirectoryGivenAsAFileAreReported() throws Exception {
    Files.createDirectories(dir.resolve("x.txt"));
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> articles = Corpus.read(new InputFile(dir.resolve("x.txt"), "x.txt", "x"), CorpusOptions.defaults(), problems::add)) {
      assertEquals(0, articles.count());
    }
    assertTrue(problems.get(0).reason().contains("is a directory"), problems.toString());
    IngestFixtures.Run run = read(dir.resolve("missing"));
    assertEquals(1, run.problems().size());
    assertTrue(run.problems().get(0).reason().contains("does not exist"));
  }

  @Test
  void anUnreadableFileIsReported() throws Exception {
    Path file = write(dir, "secret.txt", "Secret\n\nBody.\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
    IngestFixtures.Run run = read(dir);
    assertEquals(0, run.articles().size());
    assertTrue(run.problems().get(0).reason().contains("permission denied"), problemsAt(run));
  }

  @Test
  void aDamagedGzipIsReportedNotThrown() throws Exception {
    Path file = writeGzip(dir, "a.txt.gz", "Headline\n\n" + "Body. ".repeat(2000));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    IngestFixtures.Run run = read(dir);
    assertEquals(0, run.articles().size());
    assertEquals(1, run.problems().size(), problemsAt(run));
    assertTrue(run.problems().get(0).reason().contains("gzip"), problemsAt(run));
  }

  @Test
  void callersCanSupplyTheirOwnOutletSignatures() throws Exception {
    write(dir, "a.txt", "Headline\n\nBody.\n\nThis story first ran in The Daily Example\n");
    OutletSignatures mine =
        OutletSignatures.parse(
            new java.io.StringReader(
                "signature\tdaily-example\tThe Daily Example\ttail\t^This story first ran in The Daily Example$\n"),
            "test");
    List<Article> plain = read(dir).articles();
    assertEquals(null, plain.get(0).outlet());
    try (Stream<Article> articles =
        Corpus.articles(List.of(dir), CorpusOptions.defaults(), OutletSignatures.standard().with(mine), p -> {})) {
      assertEquals("The Daily Example", articles.findFirst().orElseThrow().outlet());
    }
  }
}
