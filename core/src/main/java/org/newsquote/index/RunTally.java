package org.newsquote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.IngestProblem;

/**
 * What one {@link IndexRun} has done so far: the counts and problems of its {@link IndexSummary}, and the progress it
 * reports to its listener after each file. Counts are kept by the run's thread; problems may be added from any.
 */
final class RunTally {
  private final IndexProgressListener listener;
  private final long startNanos = System.nanoTime();
  private final List<IngestProblem> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<IngestProblem> warnings = Collections.synchronizedList(new ArrayList<>());

  private int read;
  private int added;
  private int updated;
  private int deleted;
  private int unchanged;
  private long articles;
  private long quotes;
  private int filesDone;
  private int filesTotal;
  private long bytesDone;
  private long bytesTotal;

  RunTally(IndexProgressListener listener) {
    this.listener = listener;
  }

  /** The run's input files, all of them read: what progress is measured against. */
  void inputs(List<InputFile> files) {
    filesTotal = files.size();
    read = files.size();
    for (InputFile f : files) {
      bytesTotal += sizeOf(f.path());
    }
  }

  void unchanged() {
    unchanged++;
  }

  void added() {
    added++;
  }

  void updated() {
    updated++;
  }

  void deleted() {
    deleted++;
  }

  /** An article written, with this many quotes. */
  void written(int quoteCount) {
    articles++;
    quotes += quoteCount;
  }

  /** A problem a reader reported: ERROR ones are failures, the others warnings. */
  void report(IngestProblem p) {
    (p.severity() == IngestProblem.Severity.ERROR ? failures : warnings).add(p);
  }

  void failure(IngestProblem p) {
    failures.add(p);
  }

  void problem(String path, String reason) {
    failures.add(new IngestProblem(org.newsquote.model.SourceRef.file(path), IngestProblem.Severity.ERROR, reason));
  }

  void done(InputFile file) {
    filesDone++;
    bytesDone += sizeOf(file.path());
    reportProgress();
  }

  void reportProgress() {
    listener.progress(progress());
  }

  private IndexProgress progress() {
    return new IndexProgress(
        Math.min(filesDone, filesTotal), filesTotal, Math.min(bytesDone, bytesTotal), bytesTotal, articles, elapsed());
  }

  IndexSummary summary() {
    return new IndexSummary(
        read, added, updated, deleted, unchanged, articles, quotes, failures, warnings, elapsed());
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
