package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.ingest.InputFile;
import org.newsquote.search.ArticleHit;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexJobTest {
  @TempDir Path tmp;

  private Path corpus() throws IOException {
    return Files.createDirectories(tmp.resolve("corpus"));
  }

  /** A small scraped-text article: headline, blank line, a paragraph with one attributed quote. */
  static String article(String title, String speaker, String quote) {
    return title + "\n\n"
        + "The meeting in Brussels ended late on Tuesday after hours of talks between ministers.\n\n"
        + "“" + quote + ",” " + speaker + " said after the meeting.\n\n"
        + "Officials gave no further details on the next steps.\n";
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private IndexSummary run(Path index, Path root, boolean full) throws InterruptedException {
    return new IndexJob(index, IndexJobOptions.builder(List.of(root)).full(full).threads(2).build()).run();
  }

  private static Map<String, String> indexedFiles(Path index) {
    try (NewsIndexWriter w = NewsIndexWriter.open(index, WriterOptions.defaults().withRamBufferMb(16))) {
      return Map.copyOf(w.indexedFiles());
    }
  }

  @Test
  void firstRunAddsEveryFileWithItsArticlesAndQuotes() throws Exception {
    Path root = corpus();
    write(root.resolve("a.txt"), article("Alliance plans drills", "Jane Doe", "We are ready for this"));
    write(root.resolve("b.txt"), article("Ports automate cranes", "John Roe", "Nobody will lose a job"));
    write(root.resolve("sub/c.txt"), article("Glacier shrinks again", "Ann Poe", "The ice is going fast"));
    Path index = tmp.resolve("index");

    IndexSummary s = run(index, root, false);

    assertEquals(3, s.read());
    assertEquals(3, s.added());
    assertEquals(0, s.updated() + s.deleted() + s.unchanged());
    assertEquals(3, s.articles());
    assertTrue(s.quotes() >= 3, "quotes: " + s.quotes());
    assertEquals(0, s.failed(), s.failures().toString());
    assertEquals(Set.of("a.txt", "b.txt", "sub/c.txt"), indexedFiles(index).keySet());
  }

  @Test
  void secondRunAddsChangesAndDeletesExactlyWhatChanged() throws Exception {
    Path root = corpus();
    write(root.resolve("a.txt"), article("Alliance plans drills", "Jane Doe", "We are ready for this"));
    write(root.resolve("b.txt"), article("Ports automate cranes", "John Roe", "Nobody will lose a job"));
    write(root.resolve("c.txt"), article("Glacier shrinks again", "Ann Poe", "The ice is going fast"));
    write(root.resolve("d.txt"), article("Derby ends level", "Sam Coe", "We should have won it"));
    Path index = tmp.resolve("index");
    run(index, root, false);

    write(root.resolve("e.txt"), article("Fusion record set", "Eve Loe", "This changes the timeline"));
    write(root.resolve("b.txt"), article("Ports automate cranes", "John Roe", "Some jobs will change"));
    Files.delete(root.resolve("c.txt"));
    IndexSummary s = run(index, root, false);

    assertEquals(4, s.read());
    assertEquals(1, s.added());
    assertEquals(1, s.updated());
    assertEquals(1, s.deleted());
    assertEquals(2, s.unchanged());
    assertEquals(2, s.articles());
    Map<String, String> files = indexedFiles(index);
    assertEquals(Set.of("a.txt", "b.txt", "d.txt", "e.txt"), files.keySet());
    assertEquals(hash(root.resolve("b.txt")), files.get("b.txt"));
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(4, searcher.info().articles());
    }

    IndexSummary again = run(index, root, false);
    assertEquals(4, again.unchanged());
    assertEquals(0, again.added() + again.updated() + again.deleted());
    assertEquals(0, again.articles());
  }

  @Test
  void fullRebuildReindexesEveryFileAndCountsVanishedOnes() throws Exception {
    Path root = corpus();
    write(root.resolve("a.txt"), article("Alliance plans drills", "Jane Doe", "We are ready for this"));
    write(root.resolve("b.txt"), article("Ports automate cranes", "John Roe", "Nobody will lose a job"));
    Path index = tmp.resolve("index");
    run(index, root, false);
    Files.delete(root.resolve("b.txt"));
    write(root.resolve("c.txt"), article("Glacier shrinks again", "Ann Poe", "The ice is going fast"));

    IndexSummary s = run(index, root, true);

    assertEquals(1, s.updated());
    assertEquals(1, s.added());
    assertEquals(1, s.deleted());
    assertEquals(0, s.unchanged());
    assertEquals(Set.of("a.txt", "c.txt"), indexedFiles(index).keySet());
  }

  @Test
  void interruptedRunKeepsOnlyWholeCommittedFilesAndARerunFinishes() throws Exception {
    Path root = corpus();
    for (int i = 0; i < 6; i++) {
      write(root.resolve("f" + i + ".txt"), article("Story number " + i, "Jane Doe", "Statement number " + i));
    }
    Path index = tmp.resolve("index");
    IndexJobOptions options = IndexJobOptions.builder(List.of(root)).threads(2).commitEvery(1).build();
    // The listener is told after each finished file; failing on the third stands in for a crash mid-run.
    IndexProgressListener crash = p -> {
      if (p.filesDone() == 3) {
        throw new IllegalStateException("simulated crash");
      }
    };
    assertThrows(
        IllegalStateException.class,
        () -> new IndexJob(index, options, QuoteExtractor.standard(), crash).run());

    Map<String, String> afterCrash = indexedFiles(index);
    assertTrue(afterCrash.size() >= 1 && afterCrash.size() < 6, "committed: " + afterCrash.keySet());
    for (var e : afterCrash.entrySet()) {
      assertEquals(hash(root.resolve(e.getKey())), e.getValue(), e.getKey());
    }

    IndexSummary rerun = new IndexJob(index, options).run();
    assertEquals(afterCrash.size(), rerun.unchanged());
    assertEquals(6 - afterCrash.size(), rerun.added());
    assertEquals(6, indexedFiles(index).size());
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(6, searcher.info().articles());
    }
  }

  @Test
  void sameInputsGiveTheSameResultsWhateverTheThreadCount() throws Exception {
    Path root = corpus();
    for (int i = 0; i < 12; i++) {
      write(root.resolve("f" + i + ".txt"),
          article("Alliance story " + i, "Jane Doe", "The alliance will respond " + "firmly ".repeat(i % 3 + 1)));
    }
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    new IndexJob(one, IndexJobOptions.builder(List.of(root)).threads(1).commitEvery(5).build()).run();
    new IndexJob(four, IndexJobOptions.builder(List.of(root)).threads(4).commitEvery(5).build()).run();
    assertEquals(hits(one), hits(four));
  }

  private static List<String> hits(Path index) {
    List<String> out = new ArrayList<>();
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      for (ArticleHit h : searcher.search(SearchRequest.builder("alliance firmly").limit(50).build()).hits()) {
        out.add(h.id() + " " + h.score());
      }
    }
    return out;
  }

  @Test
  void fileWithReadErrorsKeepsItsGoodRecordsAndIsRetriedUntilFixed() throws Exception {
    Path root = corpus();
    String good = "{\"id\": \"w1\", \"title\": \"Wire\", \"text\": \"“It is fine,” Ann Poe said on Monday.\"}\n";
    write(root.resolve("wire.jsonl"), good + "{broken\n");
    write(root.resolve("a.txt"), article("Alliance plans drills", "Jane Doe", "We are ready for this"));
    Path index = tmp.resolve("index");

    IndexSummary first = run(index, root, false);
    assertEquals(2, first.added());
    assertEquals(1, first.failed(), first.failures().toString());
    assertEquals(root.resolve("wire.jsonl").toString(), first.failures().get(0).source().path());
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(2, searcher.info().articles(), "the good record is searchable");
    }

    IndexSummary second = run(index, root, false);
    assertEquals(1, second.updated(), "read again");
    assertEquals(1, second.unchanged());
    assertEquals(1, second.failed(), "and its failure reported again");

    write(root.resolve("wire.jsonl"), good);
    IndexSummary fixed = run(index, root, false);
    assertEquals(1, fixed.updated());
    assertEquals(0, fixed.failed());
    assertEquals(2, run(index, root, false).unchanged());
  }

  @Test
  void progressCountsEveryFileAndEndsComplete() throws Exception {
    Path root = corpus();
    for (int i = 0; i < 4; i++) {
      write(root.resolve("f" + i + ".txt"), article("Story " + i, "Jane Doe", "Statement " + i));
    }
    List<IndexProgress> seen = new ArrayList<>();
    new IndexJob(tmp.resolve("index"), IndexJobOptions.builder(List.of(root)).threads(2).build(),
        QuoteExtractor.standard(), seen::add).run();
    IndexProgress last = seen.get(seen.size() - 1);
    assertEquals(4, last.filesTotal());
    assertEquals(4, last.filesDone());
    assertEquals(4, last.articles());
    assertEquals(last.bytesTotal(), last.bytesDone());
  }

  private static String hash(Path file) throws IOException {
    return new InputFile(file, file.toString(), "x").contentHash();
  }

  @Test
  void fullRebuildEndsAsOneSegmentWhileAnUpdateKeepsItsCommits() throws Exception {
    Path root = corpus();
    for (int i = 0; i < 6; i++) {
      write(root.resolve("f" + i + ".txt"), article("Story number " + i, "Jane Doe", "We said it " + i + " times"));
    }
    Path updated = tmp.resolve("updated");
    Path rebuilt = tmp.resolve("rebuilt");
    Path unmerged = tmp.resolve("unmerged");
    // A commit after every file makes a segment per file.
    new IndexJob(updated, IndexJobOptions.builder(List.of(root)).threads(1).commitEvery(1).build()).run();
    new IndexJob(rebuilt, IndexJobOptions.builder(List.of(root)).threads(1).commitEvery(1).full(true).build()).run();
    new IndexJob(unmerged, IndexJobOptions.builder(List.of(root)).threads(1).commitEvery(1).full(true)
        .mergeAfterRebuild(false).build()).run();

    assertTrue(segments(updated) > 1, "an update run keeps its segments: " + segments(updated));
    assertTrue(segments(unmerged) > 1, "a rebuild asked not to merge keeps its segments: " + segments(unmerged));
    assertEquals(1, segments(rebuilt));
    assertEquals(indexedFiles(updated), indexedFiles(rebuilt));
    try (NewsSearcher searcher = NewsSearcher.open(rebuilt)) {
      assertEquals(6, searcher.info().articles());
      assertEquals(6, searcher.search(SearchRequest.builder("jane").build()).hits().size());
    }
  }

  // Repeated: the threads' order differs from run to run, and one run rarely shows a wrong order.
  @RepeatedTest(8)
  void aRepeatedIdKeepsOnlyItsLastArticleWithItsQuotesInRebuildsAndUpdates() throws Exception {
    // A rebuild adds ids it has not met without replacing by id; in a rebuild and in an update run alike, a repeated id
    // must replace the earlier article and its quotes (the last in input order wins), whichever thread writes which.
    Path root = corpus();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String id = i % 4 == 0 ? "dup" : "art" + i;
      String text = article("Story " + i, "Speaker" + (char) ('A' + i % 26) + " Doe", "Version " + i + " of the plan");
      jsonl.append("{\"id\": \"").append(id).append("\", \"title\": \"Story ").append(i).append("\", \"text\": \"")
          .append(text.replace("\n", "\\n").replace("\"", "\\\"")).append("\"}\n");
    }
    write(root.resolve("a.jsonl"), jsonl.toString());
    write(root.resolve("b.jsonl"), "{\"id\": \"art1\", \"title\": \"Moved\", \"text\": \""
        + article("Moved", "Zed Doe", "Last word on it").replace("\n", "\\n").replace("\"", "\\\"") + "\"}\n");
    Path rebuilt = tmp.resolve("rebuilt");
    Path updated = tmp.resolve("updated");
    IndexSummary s = new IndexJob(rebuilt, IndexJobOptions.builder(List.of(root)).threads(4).full(true).build()).run();
    new IndexJob(updated, IndexJobOptions.builder(List.of(root)).threads(4).build()).run();

    assertEquals(41, s.articles());
    for (Path index : List.of(rebuilt, updated)) {
      try (NewsSearcher searcher = NewsSearcher.open(index)) {
        // 40 records and one more in b.jsonl: 30 ids once or twice (art1) and "dup" 10 times: 31 articles
        assertEquals(31, searcher.info().articles(), index.toString());
        List<ArticleHit> dup = searcher.search(SearchRequest.builder("id:dup").build()).hits();
        assertEquals(List.of("Story 36"), dup.stream().map(ArticleHit::title).toList(), index.toString());
        assertEquals(List.of("Moved"), searcher.search(SearchRequest.builder("id:art1").build()).hits().stream()
            .map(ArticleHit::title).toList(), index.toString());
        assertEquals(1, searcher.searchQuotes(SearchRequest.builder("quote:version id:dup").build()).hits().size(),
            index.toString());
        assertEquals(0, searcher.searchQuotes(SearchRequest.builder("quote:\"version 32\"").build()).hits().size());
        assertEquals(1, searcher.searchQuotes(SearchRequest.builder("quote:\"version 36\"").build()).hits().size());
      }
    }
  }

  private static int segments(Path index) throws IOException {
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
    }
  }
}
