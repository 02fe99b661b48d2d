package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.search.NewsSearcher;
import org.newsquote.testing.SampleArticles;

/**
 * An index written with another {@link IndexSchema#SCHEMA_VERSION} is refused with one sentence telling the user to
 * rebuild, by every way in, and {@code --full} rebuilds it. The old version is faked by rewriting the commit user
 * data of a real index, which is where the writer records it.
 */
class SchemaVersionTest {
  @TempDir Path dir;
  @TempDir Path corpus;

  @BeforeEach
  void realIndex() {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      for (var a : SampleArticles.some()) {
        writer.put(a, a.article().id() + ".txt", "h");
      }
    }
  }

  @Test
  void olderSchemaIsRefusedWithTheRebuildCommand() throws IOException {
    setRecordedSchemaVersion(IndexSchema.SCHEMA_VERSION - 1);
    String expected = "index at " + dir + " was built by an older newsquote: run newsquote index --full";

    IndexException bySearcher = assertThrows(IndexException.class, () -> NewsSearcher.open(dir).close());
    assertEquals(IndexException.Reason.VERSION_MISMATCH, bySearcher.reason());
    assertEquals(expected, bySearcher.getMessage());
    IndexException byCommandLineSearcher =
        assertThrows(IndexException.class, () -> NewsSearcher.openForFewSearches(dir).close());
    assertEquals(expected, byCommandLineSearcher.getMessage());

    IndexException byWriter = assertThrows(IndexException.class,
        () -> NewsIndexWriter.open(dir, WriterOptions.defaults()).close());
    assertEquals(IndexException.Reason.VERSION_MISMATCH, byWriter.reason());
    assertEquals(expected, byWriter.getMessage());

    Path inputs = Files.createDirectories(corpus.resolve("inputs"));
    IndexException byJob = assertThrows(IndexException.class,
        () -> new IndexJob(dir, IndexJobOptions.builder(List.of(inputs)).build()).run());
    assertEquals(IndexException.Reason.VERSION_MISMATCH, byJob.reason());
  }

  @Test
  void newerSchemaIsRefusedToo() throws IOException {
    setRecordedSchemaVersion(IndexSchema.SCHEMA_VERSION + 1);
    IndexException e = assertThrows(IndexException.class, () -> NewsSearcher.open(dir).close());
    assertEquals(IndexException.Reason.VERSION_MISMATCH, e.reason());
    assertTrue(e.getMessage().startsWith("index at " + dir), e.getMessage());
  }

  @Test
  void fullRebuildReplacesAnOutdatedIndex() throws IOException {
    setRecordedSchemaVersion(IndexSchema.SCHEMA_VERSION - 1);
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir, WriterOptions.rebuild())) {
      for (var a : SampleArticles.some()) {
        writer.put(a, a.article().id() + ".txt", "h");
      }
    }
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      assertEquals(IndexSchema.SCHEMA_VERSION, searcher.info().schemaVersion());
      assertEquals(SampleArticles.some().size(), searcher.info().articles());
    }
  }

  /** Rewrites the schema version in the last commit's user data, as an older newsquote would have left it. */
  private void setRecordedSchemaVersion(int version) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      String key = data.keySet().stream()
          .filter(k -> k.toLowerCase(java.util.Locale.ROOT).contains("schema"))
          .findFirst()
          .orElseGet(() -> fail("the index records no schema version in its commit data: " + data));
      data.put(key, Integer.toString(version));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }
}
