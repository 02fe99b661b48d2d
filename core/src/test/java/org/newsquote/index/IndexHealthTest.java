package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHealthTest {
  @TempDir Path tmp;

  private Path writeIndex(int docs) throws IOException {
    Path dir = tmp.resolve("idx");
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setUseCompoundFile(false))) {
      for (int i = 0; i < docs; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "a" + i, Field.Store.YES));
        doc.add(new TextField("body", "nato said words number " + i, Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
    return dir;
  }

  @Test
  void soundIndexIsHealthyWithItsDocumentCount() throws IOException {
    IndexHealth h = IndexHealth.check(writeIndex(7));
    assertTrue(h.healthy(), h.problem());
    assertEquals(IndexHealth.Status.HEALTHY, h.status());
    assertEquals(7, h.documents());
    assertTrue(h.segments() >= 1);
    assertEquals("", h.problem());
  }

  @Test
  void missingDirectoryAndEmptyDirectoryAreMissing() throws IOException {
    assertEquals(IndexHealth.Status.MISSING, IndexHealth.check(tmp.resolve("nothing")).status());
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    IndexHealth h = IndexHealth.check(empty);
    assertEquals(IndexHealth.Status.MISSING, h.status());
    assertTrue(h.problem().contains("no index"), h.problem());
  }

  @Test
  void damagedSegmentFileIsCorruptWithOneLineReason() throws IOException {
    Path dir = writeIndex(50);
    Path victim;
    try (Stream<Path> files = Files.list(dir)) {
      // The stored-fields data file: damage its middle, where checksums (not just headers) must catch it.
      victim = files.filter(p -> p.getFileName().toString().endsWith(".fdt")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    int at = bytes.length / 2;
    bytes[at] ^= 0x5a;
    Files.write(victim, bytes, StandardOpenOption.TRUNCATE_EXISTING);
    IndexHealth h = IndexHealth.check(dir);
    assertEquals(IndexHealth.Status.CORRUPT, h.status(), h.problem());
    assertFalse(h.healthy());
    assertFalse(h.problem().isBlank());
    assertFalse(h.problem().contains("\n"), h.problem());
  }

  @Test
  void indexHeldByAWriterIsReportedLocked() throws IOException {
    Path dir = writeIndex(3);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      IndexHealth h = IndexHealth.check(dir);
      assertEquals(IndexHealth.Status.LOCKED, h.status());
      assertTrue(h.problem().contains("locked"), h.problem());
    }
  }
}
