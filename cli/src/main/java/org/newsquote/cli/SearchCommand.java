package org.newsquote.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsquote.search.ArticleHit;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.SearchResults;
import org.newsquote.search.Snippet;
import org.newsquote.search.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote search}: ranked articles with highlighted snippets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Find articles: ranked, with the date, outlet, title, id and the passages that matched.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote search nato expansion              all words must match",
      "  newsquote search '\"eastward expansion\"'     a phrase",
      "  newsquote search 'outlet:rt AND date:2022-02' --sort=-date",
      "  newsquote search 'speaker:kirby' --json | jq -r .id",
      "  newsquote search --count ukraine",
      "",
      "Fields: title: body: quote: speaker: role: outlet: date: id:",
      "Dates:  date:2022  date:2022-02-03  date:[2022-01 TO 2022-03]",
      "JSON Lines: {id, outlet, date, title, score,",
      "snippets: [{text, matches: [[start, end], ...]}]} (code-point offsets).",
      "Exit status: 0 found, 1 nothing found, 2 error (bad query, no index)."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;
  @Mixin SearchOptions search;

  @Override
  public Integer call() {
    SearchRequest request = search.request();
    PrintWriter out = spec.commandLine().getOut();
    try (NewsSearcher searcher = Searchers.open(index.resolve(root.environment()))) {
      if (search.count) {
        long n = searcher.count(request, Target.ARTICLES);
        out.println(n);
        out.flush();
        return n > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
      }
      SearchResults<ArticleHit> results = searcher.search(request);
      Style style = json.json ? Style.PLAIN : common.style(root.environment());
      for (ArticleHit hit : results.hits()) {
        if (json.json) {
          Json.println(out, Json.articleHit(hit));
        } else {
          print(out, style, hit);
        }
      }
      out.flush();
      Warnings.timedOut(spec, results.timedOut());
      return results.hits().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
  }

  private static void print(PrintWriter out, Style style, ArticleHit hit) {
    out.println(Render.date(style, hit.date()) + "  " + Render.outlet(style, hit.outlet()) + "  "
        + style.bold(hit.title().isEmpty() ? "(no title)" : hit.title()) + "  " + style.id(hit.id()));
    for (Snippet s : hit.snippets()) {
      out.println("    " + Render.snippet(style, s));
    }
    out.println();
  }
}
