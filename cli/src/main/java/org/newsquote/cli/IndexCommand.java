package org.newsquote.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.index.IndexJob;
import org.newsquote.index.IndexJobOptions;
import org.newsquote.index.IndexProgressListener;
import org.newsquote.index.IndexSummary;
import org.newsquote.model.IngestProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote index}: brings the index up to date with files and directories. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles and their quotes, or bring the index up to date.",
      "Incremental: new and changed files (by content) are indexed, files no longer among the PATHs are removed "
          + "from the index, unchanged ones skipped. An interrupted run loses at most its last batch: run it again "
          + "to finish."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote index ~/news                       index or update ./.newsquote",
      "  newsquote index --index /srv/nq --include '*.jsonl' corpus/",
      "  newsquote index --full --strict --json corpus/  rebuild, fail on bad input",
      "",
      "Summary: read, added, updated, deleted, unchanged, failed, articles, quotes,",
      "seconds; --json prints it as one JSON object. Failures go to stderr, one a",
      "line: 'path:line: reason'. Progress is shown only when stderr is a terminal.",
      "Exit status: 0 done, 2 error (or, with --strict, any input failed)."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;
  @Mixin CorpusFilterOptions filter;

  @Option(
      names = "--full",
      description = "Rebuild the index from nothing instead of updating it, then merge it into one segment (faster"
          + " searches; the merge adds about a fifth to the build).")
  boolean full;

  @Option(names = "--no-merge", description = "With --full: leave the rebuilt index in the segments it was written in.")
  boolean noMerge;

  @Option(names = "--strict", description = "Exit with status 2 when any input failed.")
  boolean strict;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Extraction threads (default: one per core).",
      defaultValue = "0",
      showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
  int threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "" + IndexJobOptions.DEFAULT_COMMIT_EVERY,
      description = "Commit after about N articles (whole files only); an interrupted run loses at most this much "
          + "(default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and directories to index.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    if (threads < 0) {
      throw new CliException("--threads must be >= 1, got " + threads);
    }
    if (commitEvery < 1) {
      throw new CliException("--commit-every must be >= 1, got " + commitEvery);
    }
    if (noMerge && !full) {
      // Only a rebuild merges; accepting the flag elsewhere would let a user believe it did something.
      throw new CliException("--no-merge applies only with --full");
    }
    for (Path path : paths) {
      // IndexJob refuses too; said here in the user's words, with why the other PATHs are not read either.
      if (!Files.exists(path)) {
        throw new CliException(path + ": does not exist; nothing indexed (indexing the other PATHs alone would "
            + "remove what was indexed from it)");
      }
    }
    CliEnvironment env = root.environment();
    Path dir = index.resolve(env);
    IndexJobOptions options = IndexJobOptions.builder(paths)
        .corpus(filter.corpusOptions())
        .full(full)
        .mergeAfterRebuild(!noMerge)
        .threads(threads == 0 ? IndexJobOptions.defaultThreads() : threads)
        .commitEvery(commitEvery)
        .build();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = env.stderrIsTerminal() ? new ProgressLine(err) : null;
    IndexProgressListener listener = progress == null ? IndexProgressListener.NONE : progress;
    // Ctrl-C ends the JVM (exit 130) without unwinding this thread; say what survives, as the job is built for it.
    Thread onInterrupt = new Thread(() -> {
      if (progress != null) {
        progress.clear();
      }
      err.println("newsquote: interrupted: what was committed is kept; run the same command again to finish");
      err.flush();
    });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    IndexSummary summary;
    try {
      summary = new IndexJob(dir, options, QuoteExtractor.standard(), listener).run();
    } finally {
      removeHook(onInterrupt);
      if (progress != null) {
        progress.clear();
      }
    }
    for (IngestProblem p : summary.failures()) {
      err.println(Render.problem(p));
    }
    for (IngestProblem p : summary.warnings()) {
      err.println(Render.problem(p));
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Json.println(out, toJson(summary, dir));
    } else {
      Style style = common.style(env);
      out.println(style.bold(dir.toString()) + ": read " + count(summary.read(), "file") + ": " + summary.added() + " added, "
          + summary.updated() + " updated, " + summary.deleted() + " deleted, " + summary.unchanged() + " unchanged, "
          + (summary.failed() > 0 ? style.match(summary.failed() + " failed") : "0 failed"));
      out.println(count(summary.articles(), "article") + ", " + count(summary.quotes(), "quote") + " indexed in "
          + String.format(Locale.ROOT, "%.1f", summary.seconds()) + " s");
    }
    out.flush();
    return strict && summary.failed() > 0 ? ExitCodes.ERROR : ExitCodes.OK;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running or has run
    }
  }

  static ObjectNode toJson(IndexSummary s, Path dir) {
    ObjectNode o = Json.object();
    o.put("index", dir.toString());
    o.put("read", s.read());
    o.put("added", s.added());
    o.put("updated", s.updated());
    o.put("deleted", s.deleted());
    o.put("unchanged", s.unchanged());
    o.put("failed", s.failed());
    o.put("articles", s.articles());
    o.put("quotes", s.quotes());
    o.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
    o.set("failures", problems(s.failures()));
    o.set("warnings", problems(s.warnings()));
    return o;
  }

  private static ArrayNode problems(List<IngestProblem> problems) {
    ArrayNode a = Json.array();
    for (IngestProblem p : problems) {
      a.addObject().put("source", p.source().toString()).put("reason", p.reason());
    }
    return a;
  }
}
