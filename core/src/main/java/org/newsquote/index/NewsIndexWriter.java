package org.newsquote.index;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Map;
import org.newsquote.model.ExtractedArticle;

/**
 * Writes articles and their quotes to an index directory. One writer per index (Lucene's write lock keeps other
 * processes out); {@link #put}, {@link #deleteArticle} and {@link #deleteFile} are thread-safe, so a caller may
 * index on all cores with one writer. Changes become visible to searchers at {@link #commit()}, which {@link #close()}
 * also does.
 */
public final class NewsIndexWriter implements Closeable {

  private NewsIndexWriter() {}

  /**
   * Opens the index at {@code dir} for writing, creating it when absent.
   *
   * @throws IndexException LOCKED when another writer has it, VERSION_MISMATCH when it was built with another schema
   *     version (unless {@link WriterOptions#create()}), CORRUPT or IO
   */
  public static NewsIndexWriter open(Path dir, WriterOptions options) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Adds an article and its quotes, replacing any article with the same id and all of that article's quotes.
   *
   * @param file the file the article was read from, as the caller names it (used by {@link #deleteFile} and {@link
   *     #indexedFiles()})
   * @param fileHash the file's content hash at the time it was read
   */
  public void put(ExtractedArticle article, String file, String fileHash) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Removes an article and its quotes; nothing happens when there is none with this id. */
  public void deleteArticle(String id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Removes every article (and its quotes) read from {@code file}. */
  public void deleteFile(String file) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The files that have articles in the index, each with the hash given to {@link #put} (including changes not yet
   * committed): what an incremental run compares against the files on disk.
   */
  public Map<String, String> indexedFiles() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Makes all changes durable and visible to searchers that refresh. */
  public void commit() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The index directory. */
  public Path directory() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Commits pending changes and releases the write lock. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("not yet");
  }
}
