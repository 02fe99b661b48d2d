package org.newsquote.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.newsquote.index.internal.Documents;
import org.newsquote.index.internal.IndexChecks;
import org.newsquote.index.internal.WriterAccess;
import org.newsquote.model.ExtractedArticle;

/**
 * Writes articles and their quotes to an index directory. One writer per index (Lucene's write lock keeps other
 * processes out); {@link #put}, {@link #deleteArticle} and {@link #deleteFile} are thread-safe, so a caller may
 * index on all cores with one writer. Changes become visible to searchers at {@link #commit()}, which {@link #close()}
 * also does.
 */
public final class NewsIndexWriter implements Closeable {

  static {
    WriterAccess.set(w -> w.writer);
  }

  private final Path dir;
  private final IndexWriter writer;

  private NewsIndexWriter(Path dir, IndexWriter writer) {
    this.dir = dir;
    this.writer = writer;
  }

  /**
   * Opens the index at {@code dir} for writing, creating it (and the directory) when absent.
   *
   * @throws IndexException LOCKED when another writer has it, VERSION_MISMATCH when it was built with another schema
   *     version (unless {@link WriterOptions#create()}), CORRUPT or IO
   */
  public static NewsIndexWriter open(Path dir, WriterOptions options) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists && !options.create()) {
        IndexChecks.checkVersion(dir, SegmentInfos.readLatestCommit(directory).getUserData());
      }
      IndexWriterConfig config = new IndexWriterConfig(IndexSchema.ANALYZER);
      config.setOpenMode(options.create() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(options.ramBufferMb());
      config.setCodec(IndexSchema.codec());
      config.setCommitOnClose(true);
      // A rebuild flushes few, large segments (a 256 MB buffer each) that the final merge rewrites anyway: packing
      // each into a compound file first would copy every flushed byte once more for nothing. Updates keep Lucene's
      // default, compound files for their small segments (fewer open files).
      config.setUseCompoundFile(!options.create());
      IndexWriter writer = new IndexWriter(directory, config);
      // Every commit, including the one on close, records who wrote it.
      writer.setLiveCommitData(IndexChecks.commitData().entrySet());
      if (!exists) {
        // Make the (empty) index visible at once, so a searcher opened before the first commit finds it. Not on a
        // rebuild of an existing index: committing the empty index there would discard the previous one before any
        // new work is done, so a rebuild killed or failing (disk full) at its start would leave nothing.
        writer.commit();
      }
      return new NewsIndexWriter(dir, writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexException(
          IndexException.Reason.LOCKED, dir, "index at " + dir + " is being written by another process", e);
    } catch (IndexException e) {
      closeQuietly(directory);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      throw IndexChecks.translate(dir, e);
    }
  }

  /**
   * Adds an article and its quotes, replacing any article with the same id and all of that article's quotes. The
   * article and its quotes are written as one block, so searchers never see one without the other.
   *
   * @param file the file the article was read from, as the caller names it (used by {@link #deleteFile} and {@link
   *     #indexedFiles()})
   * @param fileHash the file's content hash at the time it was read
   */
  public void put(ExtractedArticle article, String file, String fileHash) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileHash, "fileHash");
    try {
      writer.updateDocuments(
          new Term(IndexSchema.ID, article.article().id()), Documents.block(article, file, fileHash));
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /**
   * Adds an article and its quotes that the caller knows are not in the index (a full rebuild writing an id for the
   * first time): as {@link #put} but without replacing by id, which costs Lucene a buffered delete per article and a
   * look-up of every id when it flushes. Putting an id that is in the index this way leaves both copies searchable.
   */
  public void add(ExtractedArticle article, String file, String fileHash) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileHash, "fileHash");
    try {
      writer.addDocuments(Documents.block(article, file, fileHash));
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /** Removes an article and its quotes; nothing happens when there is none with this id. */
  public void deleteArticle(String id) {
    Objects.requireNonNull(id, "id");
    delete(new Term(IndexSchema.ID, id));
  }

  /** Removes every article (and its quotes) read from {@code file}. */
  public void deleteFile(String file) {
    Objects.requireNonNull(file, "file");
    delete(new Term(IndexSchema.FILE, file));
  }

  private void delete(Term term) {
    try {
      writer.deleteDocuments(term);
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /**
   * The files that have articles in the index, each with the hash given to {@link #put} (including changes not yet
   * committed): what an incremental run compares against the files on disk. When articles of one file were put with
   * different hashes, one of them is reported; a caller that re-reads a changed file should {@link #deleteFile} it
   * first.
   */
  public Map<String, String> indexedFiles() {
    Map<String, String> files = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues file = leaf.reader().getSortedDocValues(IndexSchema.FILE);
        SortedDocValues hash = leaf.reader().getSortedDocValues(IndexSchema.FILE_HASH);
        if (file == null || hash == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = hash.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hash.nextDoc()) {
          if ((live == null || live.get(doc)) && file.advanceExact(doc)) {
            files.put(file.lookupOrd(file.ordValue()).utf8ToString(), hash.lookupOrd(hash.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
    return files;
  }

  /**
   * Writes one buffered segment to disk on the calling thread, so that several threads can flush at once before a
   * {@link #commit()} (which otherwise flushes every buffer on its own thread). Thread-safe.
   *
   * @return whether there was a buffer to flush
   */
  public boolean flushNextBuffer() {
    try {
      return writer.flushNextBuffer();
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /** Makes all changes durable and visible to searchers that refresh. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /**
   * Merges the whole index into one segment and commits. A search opens and visits every segment, so one segment makes
   * both a cold command-line search and a warm query cheaper (at 1M articles, six flushed segments merged into one cut
   * a cold search's CPU time by about 7% and in-process queries by 10-20%). The merge rewrites the index once (postings
   * are re-encoded), which adds about a fifth to a full build's CPU time: worth it after a rebuild that is searched
   * many times, not after every small update (Lucene's merge policy keeps those in check).
   */
  public void mergeToOneSegment() {
    try {
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /** The index directory. */
  public Path directory() {
    return dir;
  }

  /** Commits pending changes and releases the write lock. */
  @Override
  public void close() {
    try {
      Directory directory = writer.getDirectory();
      try {
        writer.close();
      } finally {
        directory.close();
      }
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException | RuntimeException ignored) {
        // Already failing with a more useful exception.
      }
    }
  }
}
