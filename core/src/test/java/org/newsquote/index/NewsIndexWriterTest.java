package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;
import org.newsquote.model.SourceRef;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.Target;

class NewsIndexWriterTest {
  @TempDir Path dir;

  private static ExtractedArticle article(String id, String body, String... quotesBySpeaker) {
    Article a =
        new Article(id, SourceRef.file(id + ".txt"), "RT", DateValue.ofYear(2022), "T " + id, body, null, Map.of(),
            Map.of(), null);
    List<Quote> quotes = new ArrayList<>();
    for (String s : quotesBySpeaker) {
      quotes.add(new Quote("words of " + s, 0, 10, s, null, "said", QuoteKind.DIRECT, "test"));
    }
    return new ExtractedArticle(a, quotes);
  }

  private static long count(NewsSearcher s, String q, Target t) {
    return s.count(SearchRequest.builder(q).build(), t);
  }

  @Test
  void puttingAnArticleAgainReplacesItAndAllItsQuotes() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      w.put(article("x", "first version", "Alice", "Bob"), "f.txt", "h1");
      w.put(article("y", "other", "Alice"), "g.txt", "h2");
      w.put(article("x", "second version", "Carol"), "f.txt", "h3");
    }
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(2, count(s, "*", Target.ARTICLES));
      assertEquals(0, count(s, "first", Target.ARTICLES));
      assertEquals(1, count(s, "second", Target.ARTICLES));
      assertEquals(2, count(s, "*", Target.QUOTES), "x's old quotes are gone, Carol's and y's remain");
      assertEquals(0, count(s, "speaker:bob", Target.QUOTES));
      assertEquals(1, count(s, "speaker:carol", Target.QUOTES));
      assertEquals(1, count(s, "speaker:alice", Target.QUOTES));
    }
  }

  @Test
  void deletesByArticleAndByFile() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      w.put(article("j#1", "one", "Alice"), "batch.jsonl", "h");
      w.put(article("j#2", "two", "Bob"), "batch.jsonl", "h");
      w.put(article("k", "three", "Carol"), "k.txt", "hk");
      w.put(article("m", "four", "Dan"), "m.txt", "hm");
      assertEquals(Map.of("batch.jsonl", "h", "k.txt", "hk", "m.txt", "hm"), w.indexedFiles());
      w.deleteFile("batch.jsonl");
      w.deleteArticle("k");
      w.deleteArticle("no-such-id");
      assertEquals(Map.of("m.txt", "hm"), w.indexedFiles(), "uncommitted deletes are seen");
    }
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(1, count(s, "*", Target.ARTICLES));
      assertEquals(1, count(s, "*", Target.QUOTES));
      assertEquals(1, count(s, "speaker:dan", Target.QUOTES));
    }
  }

  @Test
  void indexedFilesSurviveReopening() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      w.put(article("a", "x"), "a.txt", "ha");
    }
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      assertEquals(Map.of("a.txt", "ha"), w.indexedFiles());
    }
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.rebuild())) {
      assertEquals(Map.of(), w.indexedFiles(), "a rebuild starts empty");
    }
  }

  @Test
  void concurrentPutsFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults().withRamBufferMb(16))) {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        fs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 250; i++) {
                    w.put(article("t" + thread + "-" + i, "text " + i, "S" + thread), "f" + thread, "h");
                  }
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      w.commit();
    } finally {
      pool.shutdown();
    }
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(1000, count(s, "*", Target.ARTICLES));
      assertEquals(1000, count(s, "*", Target.QUOTES));
      assertEquals(250, count(s, "speaker:s2", Target.QUOTES));
    }
  }

  @Test
  void searcherReadsWhileAnotherWriterHoldsTheLockAndSeesCommitsAfterRefresh() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      w.put(article("a", "alpha"), "a.txt", "h");
      w.commit();
      try (NewsSearcher s = NewsSearcher.open(dir)) {
        assertEquals(1, count(s, "*", Target.ARTICLES));
        w.put(article("b", "beta"), "b.txt", "h");
        s.refresh();
        assertEquals(1, count(s, "*", Target.ARTICLES), "uncommitted changes are not visible to another reader");
        w.commit();
        s.refresh();
        assertEquals(2, count(s, "*", Target.ARTICLES));
      }
    }
  }

  @Test
  void nearRealTimeSearcherSeesUncommittedChanges() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      try (NewsSearcher s = NewsSearcher.open(w)) {
        assertEquals(0, count(s, "*", Target.ARTICLES));
        w.put(article("a", "alpha", "Alice"), "a.txt", "h");
        s.refresh();
        assertEquals(1, count(s, "alpha", Target.ARTICLES));
        assertEquals(1, count(s, "speaker:alice", Target.QUOTES));
      }
    }
  }

  @Test
  void secondWriterIsToldTheIndexIsLocked() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      IndexException e = assertThrows(IndexException.class, () -> NewsIndexWriter.open(dir, WriterOptions.defaults()));
      assertEquals(IndexException.Reason.LOCKED, e.reason());
      assertEquals("index at " + dir + " is being written by another process", e.getMessage());
    }
  }

  @Test
  void missingIndexIsReportedWithWhatToDo() {
    Path missing = dir.resolve("nothing-here");
    IndexException e = assertThrows(IndexException.class, () -> NewsSearcher.open(missing));
    assertEquals(IndexException.Reason.NOT_FOUND, e.reason());
    assertEquals("no index at " + missing + ": run newsquote index PATH", e.getMessage());
    IndexException e2 = assertThrows(IndexException.class, () -> NewsSearcher.open(dir));
    assertEquals(IndexException.Reason.NOT_FOUND, e2.reason(), "an empty directory is no index");
  }

  @Test
  void indexOfAnotherSchemaVersionMustBeRebuilt() throws Exception {
    // An index as an older newsquote would have left it: a commit with schema version 0.
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter old = new IndexWriter(d, new IndexWriterConfig())) {
      old.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA_VERSION, "0").entrySet());
      old.commit();
    }
    String expected = "index at " + dir + " was built by an older newsquote: run newsquote index --full";
    IndexException e = assertThrows(IndexException.class, () -> NewsIndexWriter.open(dir, WriterOptions.defaults()));
    assertEquals(IndexException.Reason.VERSION_MISMATCH, e.reason());
    assertEquals(expected, e.getMessage());
    IndexException e2 = assertThrows(IndexException.class, () -> NewsSearcher.open(dir));
    assertEquals(expected, e2.getMessage());

    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.rebuild())) {
      w.put(article("a", "alpha"), "a.txt", "h");
    }
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(IndexSchema.SCHEMA_VERSION, s.info().schemaVersion());
      assertEquals(1, s.info().articles());
    }
  }

  @Test
  void newIndexIsSearchableBeforeTheFirstPut() {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults());
        NewsSearcher s = NewsSearcher.open(dir)) {
      assertEquals(0, s.info().articles());
    }
  }
}
