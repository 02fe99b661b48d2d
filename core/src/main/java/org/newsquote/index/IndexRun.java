package org.newsquote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.index.internal.SeenIds;
import org.newsquote.ingest.Corpus;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.IngestProblem;
import org.newsquote.model.Quote;

/**
 * One run of an {@link IndexJob}: one pass over the input files that brings the index up to date with them, on the
 * calling thread and a pool of extraction threads (the job's Javadoc says how). Used once, by one thread.
 */
final class IndexRun {

  /** Appended to the hash of a file that had read errors, so that it never matches and is retried every run. */
  private static final String INCOMPLETE = "+incomplete";

  /** Articles in flight per extraction thread: enough to keep every core busy, few enough to bound memory. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Path indexDir;
  private final IndexJobOptions options;
  private final QuoteExtractor extractor;
  private final RunTally tally;
  private final ArrayDeque<Step> pending = new ArrayDeque<>();
  private final int maxInFlight;
  private int inFlight;

  private NewsIndexWriter writer;
  private CommitBatches batches;
  /**
   * Files some of whose articles may be written but not all (in input order): what a failure must not leave half
   * indexed. A file leaves this set when its last article has been written.
   */
  private final Set<String> open = new LinkedHashSet<>();
  /**
   * The ids this run has sent to the pool so far: a repeated id must wait for the earlier article (in input order the
   * last one wins, on any number of threads), and in a full rebuild, which starts from an empty index, an id met for
   * the first time needs no replace-by-id.
   */
  private final SeenIds idsThisRun = new SeenIds();
  /** The hash of the file whose steps are being accounted for. */
  private String writingHash;
  private int writtenInFile;
  /** ERROR problems reported while reading the current file. */
  private int readErrors;

  IndexRun(Path indexDir, IndexJobOptions options, QuoteExtractor extractor, IndexProgressListener listener) {
    this.indexDir = indexDir;
    this.options = options;
    this.extractor = extractor;
    this.tally = new RunTally(listener);
    this.maxInFlight = Math.max(2, options.threads() * IN_FLIGHT_PER_THREAD);
  }

  IndexSummary execute() throws InterruptedException {
    Map<String, String> before = options.full() ? previousFiles() : null;
    writer = NewsIndexWriter.open(indexDir, new WriterOptions(options.ramBufferMb(), options.full()));
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    batches = new CommitBatches(writer, pool, options.threads(), options.commitEvery());
    try {
      Map<String, String> indexed = before != null ? before : writer.indexedFiles();
      List<InputFile> files = walk();
      Set<String> seen = new HashSet<>();
      for (InputFile file : files) {
        if (!seen.add(file.displayPath())) {
          tally.problem(file.path().toString(), "same path as an earlier input; skipped (give roots whose files differ)");
          tally.done(file);
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
          tally.deleted();
        }
      }
      batches.commit();
      if (options.full() && options.mergeAfterRebuild()) {
        // Everything is committed: an interrupted or failed merge leaves the rebuilt index as it is.
        writer.mergeToOneSegment();
      }
    } catch (Throwable t) {
      // Not shutdownNow(): the tasks write, and Lucene's writer must not be interrupted inside I/O (a closed channel
      // is a tragic error that loses the commit). At most maxInFlight articles remain: let them end before the
      // open files are removed and the rest committed.
      pool.shutdown();
      try {
        awaitQuietly(pool);
        abandon();
      } catch (RuntimeException e) {
        t.addSuppressed(e);
      }
      throw t;
    }
    pool.shutdown();
    writer.close();
    tally.reportProgress();
    return tally.summary();
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
    tally.inputs(files);
    return files;
  }

  private void index(InputFile file, String indexedHash, ExecutorService pool) throws InterruptedException {
    String hash;
    try {
      hash = file.contentHash();
    } catch (IOException | UncheckedIOException e) {
      tally.problem(file.path().toString(), "cannot read: " + message(e));
      tally.done(file);
      return;
    }
    if (!options.full() && hash.equals(indexedHash)) {
      tally.unchanged();
      tally.done(file);
      return;
    }
    boolean replaces = indexedHash != null;
    readErrors = 0;
    open.add(file.displayPath());
    if (replaces) {
      // Now, before any new article of the file is written: a delete removes only documents added before it.
      writer.deleteFile(file.displayPath());
    }
    pending.add(new FileStart(file.displayPath(), hash, replaces));
    try (Stream<Article> stream = Corpus.read(file, options.corpus(), this::report)) {
      Iterator<Article> it = stream.iterator();
      for (Article article = next(it, file); article != null; article = next(it, file)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("indexing interrupted");
        }
        while (inFlight >= maxInFlight) {
          drainOne();
        }
        Article a = article;
        String path = file.displayPath();
        boolean firstInRun = idsThisRun.firstTime(a.id());
        boolean fresh = options.full() && firstInRun;
        if (!firstInRun) {
          // An id met before in this run (rare): the earlier article must be written before this one replaces it,
          // or the pool could write them in the other order and keep the earlier one (or, in a rebuild, both).
          while (inFlight > 0) {
            drainOne();
          }
        }
        pending.add(new ArticleStep(a, pool.submit(() -> extractAndWrite(a, path, hash, fresh))));
        inFlight++;
        batches.sent();
      }
    } catch (UnreadableFile e) {
      // The file broke off while being read: index none of it, so that the next run tries it again.
      tally.problem(file.path().toString(), "cannot read: " + message(e.getCause()));
      pending.add(new FileAbort(file));
      return;
    }
    pending.add(new FileEnd(file, replaces, readErrors > 0));
    if (batches.due()) {
      // A commit sees only whole files: let everything in flight be written first.
      while (!pending.isEmpty()) {
        drainOne();
      }
      batches.commit();
    }
  }

  /**
   * Runs on the pool: extraction failures are kept in the result, write failures fail the task (and the run). An
   * article whose id is new to a rebuild is added without the replace-by-id that costs Lucene a delete per article.
   */
  private ExtractionResult extractAndWrite(Article article, String file, String hash, boolean fresh) {
    ExtractionResult r = extract(article);
    ExtractedArticle extracted = new ExtractedArticle(r.article(), r.quotes());
    if (fresh) {
      writer.add(extracted, file, hash);
    } else {
      writer.put(extracted, file, hash);
    }
    return r;
  }

  /** The next article, null at the end; a reader failure becomes {@link UnreadableFile}, told apart from ours. */
  private Article next(Iterator<Article> it, InputFile file) {
    try {
      return it.hasNext() ? it.next() : null;
    } catch (RuntimeException e) {
      throw new UnreadableFile(e);
    }
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
        writingHash = s.hash();
        writtenInFile = 0;
      }
      case ArticleStep s -> {
        inFlight--;
        ExtractionResult r;
        try {
          r = s.result().get();
        } catch (ExecutionException e) {
          // Extraction errors are in the result; this is the writer failing, which ends the run.
          throw unchecked(e);
        }
        if (r.error() != null) {
          tally.failure(new IngestProblem(r.article().source(), IngestProblem.Severity.ERROR,
              "quote extraction failed (" + message(r.error()) + "); indexed without quotes"));
        }
        tally.written(r.quotes().size());
        writtenInFile++;
      }
      case FileEnd s -> {
        // A new file that yielded nothing (an empty file, or one whose every record failed) is not "added": it is
        // not in the index, and its failures say why.
        if (s.replaces()) {
          tally.updated();
        } else if (writtenInFile > 0) {
          tally.added();
        }
        if (s.hadErrors() && writtenInFile > 0) {
          markIncomplete(s.file());
        }
        open.remove(s.file().displayPath());
        tally.done(s.file());
      }
      case FileAbort s -> {
        writer.deleteFile(s.file().displayPath());
        open.remove(s.file().displayPath());
        tally.done(s.file());
      }
    }
  }

  /**
   * Re-writes the articles of a file that lost records with a hash that matches no file, so the next run reads it
   * again and reports its failures again (a re-run must not turn a failing CI job green), while the records that
   * could be read stay searchable meanwhile. The articles were already written, so this costs one more read of a
   * file that is rare: one with errors.
   */
  private void markIncomplete(InputFile file) {
    String hash = writingHash + INCOMPLETE;
    try (Stream<Article> again = Corpus.read(file, options.corpus(), p -> {})) {
      again.forEach(a -> writer.put(new ExtractedArticle(a, extract(a).quotes()), file.displayPath(), hash));
    } catch (RuntimeException e) {
      // Could not even re-read it: drop it, so that the next run still sees it as new and retries.
      writer.deleteFile(file.displayPath());
    }
  }

  /**
   * Closes the writer after a failure. close() commits, so first drop the articles of files only partly written:
   * what else was written consists of whole files, and committing it loses nothing and corrupts nothing.
   */
  private void abandon() {
    if (!open.isEmpty()) {
      try {
        for (String file : open) {
          writer.deleteFile(file);
        }
      } catch (RuntimeException e) {
        // the writer is already broken; close() below reports what can be reported
      }
    }
    writer.close();
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException("extraction threads did not stop within 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void report(IngestProblem p) {
    if (p.severity() == IngestProblem.Severity.ERROR) {
      readErrors++;
    }
    tally.report(p);
  }

  /** A reader failure in the middle of a file, carried out of the read loop. */
  private static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFile(RuntimeException cause) {
      super(cause);
    }
  }

  /** One thing to write, in input order. */
  private sealed interface Step permits FileStart, ArticleStep, FileEnd, FileAbort {}

  private record FileStart(String file, String hash, boolean replaces) implements Step {}

  private record ArticleStep(Article article, Future<ExtractionResult> result) implements Step {}

  private record FileEnd(InputFile file, boolean replaces, boolean hadErrors) implements Step {}

  private record FileAbort(InputFile file) implements Step {}

  private record ExtractionResult(Article article, List<Quote> quotes, Throwable error) {}

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

  /**
   * What a pool task failed with, to throw on the run's thread: the task's own unchecked exception as it was (an
   * {@link Error} is thrown here), anything else wrapped.
   */
  static RuntimeException unchecked(ExecutionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return e.getCause() instanceof RuntimeException x ? x : new IllegalStateException(e.getCause());
  }
}
