package org.newsquote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.ingest.Corpus;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.IngestProblem;
import org.newsquote.model.Quote;

/**
 * Brings an index up to date with a set of input files: the pipeline the CLI's {@code index} command and CI runs share.
 * Files new to the index are read, their quotes extracted and indexed; files whose content hash changed are replaced;
 * indexed files no longer among the inputs are deleted; unchanged files are skipped.
 *
 * <p>One thread walks the files and reads articles, a pool extracts quotes on all cores (at most a few articles per
 * thread in flight, so memory stays bounded however large a file is), and the results are written in input order, so
 * the same inputs always give the same index. Work is committed in batches of whole files: a file's hash reaches the
 * index only together with all of its articles, so a run killed at any point loses at most the current batch and a
 * re-run finishes the job.
 *
 * <p>An instance runs one job at a time on the calling thread; it is not meant to be shared between threads.
 */
public final class IndexJob {

  /** Articles in flight per extraction thread: enough to keep every core busy, few enough to bound memory. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Path indexDir;
  private final IndexJobOptions options;
  private final QuoteExtractor extractor;
  private final IndexProgressListener listener;

  /** A job with the standard extractor and no progress reports. */
  public IndexJob(Path indexDir, IndexJobOptions options) {
    this(indexDir, options, QuoteExtractor.standard(), IndexProgressListener.NONE);
  }

  public IndexJob(
      Path indexDir, IndexJobOptions options, QuoteExtractor extractor, IndexProgressListener listener) {
    this.indexDir = Objects.requireNonNull(indexDir, "indexDir");
    this.options = Objects.requireNonNull(options, "options");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Runs the job.
   *
   * @throws IndexException when the index cannot be opened or written (LOCKED when another indexer runs)
   * @throws InterruptedException when the thread is interrupted; everything committed so far stays, and no file is
   *     left half indexed
   */
  public IndexSummary run() throws InterruptedException {
    return new Run().execute();
  }

  /** The state of one run. */
  private final class Run {
    private final long startNanos = System.nanoTime();
    private final List<IngestProblem> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<IngestProblem> warnings = Collections.synchronizedList(new ArrayList<>());
    private final ArrayDeque<Step> pending = new ArrayDeque<>();
    private final int maxInFlight = Math.max(2, options.threads() * IN_FLIGHT_PER_THREAD);
    private int inFlight;

    private NewsIndexWriter writer;
    /** The file whose articles are being written: the one a failure must not leave half indexed. */
    private String writing;
    private String writingHash;
    private int writtenInFile;

    private int read;
    private int added;
    private int updated;
    private int deleted;
    private int unchanged;
    private long articles;
    private long quotes;
    private int sinceCommit;
    private int filesDone;
    private int filesTotal;
    private long bytesDone;
    private long bytesTotal;

    IndexSummary execute() throws InterruptedException {
      Map<String, String> before = options.full() ? previousFiles() : null;
      writer = NewsIndexWriter.open(indexDir, new WriterOptions(options.ramBufferMb(), options.full()));
      ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
      boolean ok = false;
      try {
        Map<String, String> indexed = before != null ? before : writer.indexedFiles();
        List<InputFile> files = walk();
        Set<String> seen = new HashSet<>();
        for (InputFile file : files) {
          if (!seen.add(file.displayPath())) {
            problem(file.displayPath(), "same path as an earlier input; skipped (give roots whose files differ)");
            done(file);
            continue;
          }
          index(file, indexed.get(file.displayPath()), pool);
        }
        while (!pending.isEmpty()) {
          drainOne();
        }
        for (String file : indexed.keySet()) {
          if (!seen.contains(file)) {
            if (!options.full()) {
              writer.deleteFile(file);
            }
            deleted++;
          }
        }
        writer.commit();
        ok = true;
      } finally {
        pool.shutdownNow();
        closeWriter(ok);
      }
      listener.progress(progress());
      return new IndexSummary(
          read, added, updated, deleted, unchanged, articles, quotes, failures, warnings, elapsed());
    }

    /** The files the index held before a full rebuild discards it, so that the summary can say what changed. */
    private Map<String, String> previousFiles() {
      if (!Files.isDirectory(indexDir)) {
        return Map.of();
      }
      try (NewsIndexWriter old = NewsIndexWriter.open(indexDir, new WriterOptions(16, false))) {
        return Map.copyOf(old.indexedFiles());
      } catch (IndexException e) {
        if (e.reason() == IndexException.Reason.LOCKED) {
          throw e;
        }
        // A damaged or outdated index is what --full is for: rebuild without counting what was there.
        return Map.of();
      }
    }

    private List<InputFile> walk() {
      List<InputFile> files;
      try (Stream<InputFile> s = Corpus.files(options.roots(), options.corpus(), this::report)) {
        files = s.toList();
      }
      filesTotal = files.size();
      read = files.size();
      for (InputFile f : files) {
        bytesTotal += sizeOf(f.path());
      }
      return files;
    }

    private void index(InputFile file, String indexedHash, ExecutorService pool) throws InterruptedException {
      String hash;
      try {
        hash = file.contentHash();
      } catch (IOException | UncheckedIOException e) {
        problem(file.displayPath(), "cannot read: " + message(e));
        done(file);
        return;
      }
      if (!options.full() && hash.equals(indexedHash)) {
        unchanged++;
        done(file);
        return;
      }
      boolean replaces = indexedHash != null;
      pending.add(new FileStart(file.displayPath(), hash, replaces));
      try (Stream<Article> stream = Corpus.read(file, options.corpus(), this::report)) {
        Iterator<Article> it = stream.iterator();
        while (it.hasNext()) {
          Article article = it.next();
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("indexing interrupted");
          }
          while (inFlight >= maxInFlight) {
            drainOne();
          }
          pending.add(new ArticleStep(article, pool.submit(() -> extract(article))));
          inFlight++;
        }
      } catch (RuntimeException e) {
        // The file broke off while being read: index none of it, so that the next run tries it again.
        problem(file.displayPath(), "cannot read: " + message(e));
        pending.add(new FileAbort(file));
        return;
      }
      pending.add(new FileEnd(file, replaces));
    }

    private ExtractionResult extract(Article article) {
      try {
        return new ExtractionResult(article, extractor.extract(article), null);
      } catch (RuntimeException | StackOverflowError e) {
        return new ExtractionResult(article, List.of(), e);
      }
    }

    /** Writes the oldest pending step: the index sees steps strictly in input order. */
    private void drainOne() throws InterruptedException {
      Step step = pending.poll();
      switch (step) {
        case FileStart s -> {
          writing = s.file();
          writingHash = s.hash();
          writtenInFile = 0;
          if (s.replaces()) {
            writer.deleteFile(s.file());
          }
        }
        case ArticleStep s -> {
          inFlight--;
          ExtractionResult r;
          try {
            r = s.result().get();
          } catch (ExecutionException e) {
            r = new ExtractionResult(s.article(), List.of(), e.getCause());
          }
          if (r.error() != null) {
            failures.add(new IngestProblem(r.article().source(), IngestProblem.Severity.ERROR,
                "quote extraction failed (" + message(r.error()) + "); indexed without quotes"));
          }
          writer.put(new ExtractedArticle(r.article(), r.quotes()), writing, writingHash);
          articles++;
          writtenInFile++;
          quotes += r.quotes().size();
          sinceCommit++;
        }
        case FileEnd s -> {
          // A new file that yielded nothing (an empty file, or one whose every record failed) is not "added": it is
          // not in the index, and its failures say why.
          if (s.replaces()) {
            updated++;
          } else if (writtenInFile > 0) {
            added++;
          }
          writing = null;
          if (sinceCommit >= options.commitEvery()) {
            writer.commit();
            sinceCommit = 0;
          }
          done(s.file());
        }
        case FileAbort s -> {
          writer.deleteFile(s.file().displayPath());
          writing = null;
          done(s.file());
        }
      }
    }

    private void done(InputFile file) {
      filesDone++;
      bytesDone += sizeOf(file.path());
      listener.progress(progress());
    }

    private IndexProgress progress() {
      return new IndexProgress(
          Math.min(filesDone, filesTotal), filesTotal, Math.min(bytesDone, bytesTotal), bytesTotal, articles, elapsed());
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private void closeWriter(boolean ok) {
      if (writer == null) {
        return;
      }
      // close() commits: a failed run must not commit a half-written file, so drop that file's articles first.
      // Whatever else was written consists of whole files, so committing it loses nothing and corrupts nothing.
      if (!ok && writing != null) {
        try {
          writer.deleteFile(writing);
        } catch (RuntimeException e) {
          // the writer is already broken; close() below reports what can be reported
        }
      }
      writer.close();
    }

    private void report(IngestProblem p) {
      (p.severity() == IngestProblem.Severity.ERROR ? failures : warnings).add(p);
    }

    private void problem(String path, String reason) {
      failures.add(new IngestProblem(org.newsquote.model.SourceRef.file(path), IngestProblem.Severity.ERROR, reason));
    }
  }

  /** One thing to write, in input order. */
  private sealed interface Step permits FileStart, ArticleStep, FileEnd, FileAbort {}

  private record FileStart(String file, String hash, boolean replaces) implements Step {}

  private record ArticleStep(Article article, Future<ExtractionResult> result) implements Step {}

  private record FileEnd(InputFile file, boolean replaces) implements Step {}

  private record FileAbort(InputFile file) implements Step {}

  private record ExtractionResult(Article article, List<Quote> quotes, Throwable error) {}

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static String message(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsquote-extract-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
