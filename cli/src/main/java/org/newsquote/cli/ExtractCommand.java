package org.newsquote.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.ingest.Corpus;
import org.newsquote.ingest.CorpusOptions;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.IngestProblem;
import org.newsquote.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote extract}: quotes and speakers of articles, straight from files, without an index. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract quotes and speakers from files, without an index.",
      "Prints each article as soon as it is done; input problems go to stderr as 'path:line: reason' and do not "
          + "stop the run."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote extract article.txt",
      "  newsquote extract --json corpus/ > quotes.jsonl",
      "  newsquote extract --json --include '*.jsonl' corpus/ |",
      "      jq -c '.quotes[] | [.speaker, .text]'",
      "",
      "JSON Lines: one object per article {id, source, outlet, date, title,",
      "quotes: [{speaker, role, text, start, end, cue, kind, rule}]};",
      "start/end are code-point offsets into the article text.",
      "Exit status: 0 articles extracted, 1 none found, 2 error: a PATH",
      "that does not exist, as grep has it (with --strict also when any",
      "input failed). The other PATHs are read either way."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin JsonOption json;
  @Mixin CorpusFilterOptions filter;

  @Option(names = "--strict", description = "Exit with status 2 when any input could not be read.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Style style = json.json ? Style.PLAIN : common.style(root.environment());
    QuoteExtractor extractor = QuoteExtractor.standard();
    int[] errors = {0};
    long articles = 0;
    CorpusOptions options = filter.corpusOptions();
    try (Stream<Article> stream =
        Corpus.articles(paths, options, problem -> report(err, problem, errors))) {
      for (var it = stream.iterator(); it.hasNext(); ) {
        Article article = it.next();
        ExtractedArticle extracted = new ExtractedArticle(article, extractor.extract(article));
        if (json.json) {
          Json.println(out, Json.extracted(extracted));
        } else {
          printText(out, style, extracted);
        }
        articles++;
        // Stream: each article reaches the pipe as soon as it is done. checkError() flushes, and says when the
        // reader has gone (`| head`): stop then, as grep does on SIGPIPE, instead of reading the rest of the corpus.
        if (out.checkError()) {
          return ExitCodes.OK;
        }
      }
    }
    out.flush();
    // a PATH the user named that is not there is a mistake in the command, as in grep, not a problem of the corpus
    boolean missingPath = paths.stream().anyMatch(p -> !Files.isRegularFile(p) && !Files.isDirectory(p));
    if (missingPath || strict && errors[0] > 0) {
      return ExitCodes.ERROR;
    }
    return articles > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
  }

  private static void report(PrintWriter err, IngestProblem problem, int[] errors) {
    if (problem.severity() == IngestProblem.Severity.ERROR) {
      errors[0]++;
    }
    err.println(Render.problem(problem));
    err.flush();
  }

  private static void printText(PrintWriter out, Style style, ExtractedArticle extracted) {
    Article a = extracted.article();
    out.println(style.id(a.id()) + "  " + Render.date(style, Json.date(a.date())) + "  "
        + Render.outlet(style, a.outlet()));
    if (!a.title().isEmpty()) {
      out.println("  " + style.bold(a.title()));
    }
    out.println("  " + style.dim(a.source().toString() + "  " + extracted.quotes().size() + " quote"
        + (extracted.quotes().size() == 1 ? "" : "s")));
    for (Quote q : extracted.quotes()) {
      out.println("  " + Render.speaker(style, q.speaker(), q.role()) + ": “" + q.text() + "”"
          + style.dim("  [" + q.kind().label() + (q.cue() == null ? "" : ", " + q.cue()) + ", " + q.rule() + "]"));
    }
    out.println();
  }
}
