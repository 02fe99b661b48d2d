package org.newsquote.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The result of checking an index with Lucene's {@link CheckIndex}: whether it is sound and, when not, one sentence
 * saying why. Immutable; {@link #check} is safe to call from any thread but takes the index's write lock while it runs.
 *
 * @param index the index directory checked
 * @param status the verdict
 * @param segments the number of segments found (0 when the index could not be opened)
 * @param documents live Lucene documents in the checked segments
 * @param problem one line for a user when the status is not {@link Status#HEALTHY}, else the empty string
 */
public record IndexHealth(Path index, Status status, int segments, long documents, String problem) {

  /** What a check concluded. */
  public enum Status {
    /** Every segment opened and passed the checks. */
    HEALTHY,
    /** There is no index in the directory. */
    MISSING,
    /** Another process holds the write lock (an indexer is running), so the index was not checked. */
    LOCKED,
    /** Some segment or the commit point is damaged. */
    CORRUPT
  }

  public IndexHealth {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(status, "status");
    if (segments < 0) {
      throw new IllegalArgumentException("segments must be >= 0, got " + segments);
    }
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0, got " + documents);
    }
    problem = problem == null ? "" : problem;
    if (status != Status.HEALTHY && problem.isBlank()) {
      throw new IllegalArgumentException("a " + status + " index needs a problem description");
    }
  }

  public boolean healthy() {
    return status == Status.HEALTHY;
  }

  /**
   * Checks the index in {@code dir} with checksums and integrity checks of every segment (CheckIndex level 2).
   *
   * @throws IOException when the directory cannot be read at all
   */
  public static IndexHealth check(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      return new IndexHealth(dir, Status.MISSING, 0, 0, "no index at " + dir);
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return new IndexHealth(dir, Status.MISSING, 0, 0, "no index at " + dir);
      }
      // CheckIndex narrates every segment; keep that for the failure message instead of letting it reach a stream.
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex checker = new CheckIndex(directory);
          PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
        checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        checker.setInfoStream(out, false);
        CheckIndex.Status status = checker.checkIndex();
        long live = 0;
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
          int deleted = s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted;
          live += Math.max(0, s.maxDoc - deleted);
        }
        if (status.clean) {
          return new IndexHealth(dir, Status.HEALTHY, status.numSegments, live, "");
        }
        return new IndexHealth(dir, Status.CORRUPT, status.numSegments, live, describe(status, log));
      } catch (LockObtainFailedException e) {
        return new IndexHealth(
            dir, Status.LOCKED, 0, 0, "index at " + dir + " is locked by a running writer; try again when it is done");
      }
    } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
        | org.apache.lucene.index.IndexFormatTooNewException e) {
      return new IndexHealth(dir, Status.CORRUPT, 0, 0, "index at " + dir + " cannot be opened: " + e.getMessage());
    }
  }

  private static String describe(CheckIndex.Status status, ByteArrayOutputStream log) {
    if (status.missingSegments) {
      return "no readable commit point (segments file missing or damaged)";
    }
    if (status.toolOutOfDate) {
      return "index was written by a newer Lucene than " + org.apache.lucene.util.Version.LATEST;
    }
    String first = "";
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        first = " (first: segment " + s.name + ": " + oneLine(s.error.getMessage()) + ")";
        break;
      }
    }
    if (status.numBadSegments > 0) {
      return status.numBadSegments + " of " + status.numSegments + " segments are broken" + first + "; "
          + status.totLoseDocCount + " documents would be lost";
    }
    String text = log.toString(StandardCharsets.UTF_8).strip();
    int nl = text.lastIndexOf('\n');
    return "check failed: " + oneLine(nl < 0 ? text : text.substring(nl + 1));
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
  }
}
