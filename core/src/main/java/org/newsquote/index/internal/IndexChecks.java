package org.newsquote.index.internal;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.util.Version;
import org.newsquote.index.IndexException;
import org.newsquote.index.IndexSchema;

/** Version checks and error translation shared by the writer and the searcher. */
public final class IndexChecks {
  private IndexChecks() {}

  /** Throws VERSION_MISMATCH unless {@code userData} records this schema version. */
  public static void checkVersion(Path dir, Map<String, String> userData) {
    String v = userData.get(IndexSchema.COMMIT_SCHEMA_VERSION);
    if (!String.valueOf(IndexSchema.SCHEMA_VERSION).equals(v)) {
      boolean newer = v != null && v.matches("\\d+") && Integer.parseInt(v) > IndexSchema.SCHEMA_VERSION;
      String message =
          newer
              ? "index at " + dir + " was built by a newer newsquote: upgrade, or run newsquote index --full"
              : "index at " + dir + " was built by an older newsquote: run newsquote index --full";
      throw new IndexException(IndexException.Reason.VERSION_MISMATCH, dir, message);
    }
  }

  /** The user data every commit carries. */
  public static Map<String, String> commitData() {
    String nq = IndexChecks.class.getPackage().getImplementationVersion();
    return Map.of(
        IndexSchema.COMMIT_SCHEMA_VERSION, String.valueOf(IndexSchema.SCHEMA_VERSION),
        IndexSchema.COMMIT_LUCENE_VERSION, Version.LATEST.toString(),
        IndexSchema.COMMIT_NEWSQUOTE_VERSION, nq == null ? "development" : nq);
  }

  /** A Lucene failure as the one exception type callers handle. */
  public static IndexException translate(Path dir, Exception e) {
    if (e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return new IndexException(
          IndexException.Reason.CORRUPT,
          dir,
          "index at " + dir + " is damaged or unreadable (" + e.getMessage() + "): run newsquote index --full",
          e);
    }
    if (e instanceof UncheckedIOException u) {
      return translate(dir, u.getCause());
    }
    return new IndexException(IndexException.Reason.IO, dir, "cannot use the index at " + dir + ": " + describe(e), e);
  }

  /** What went wrong, in words: the JDK's file exceptions carry only the path as their message. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "file exists: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT) + ": " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

}
