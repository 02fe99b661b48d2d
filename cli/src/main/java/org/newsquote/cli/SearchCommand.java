package org.newsquote.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsquote.search.ArticleHit;
import org.newsquote.search.NewsSearcher;
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

  private static final HitListing<ArticleHit> LISTING =
      new HitListing<>(Target.ARTICLES, NewsSearcher::search, Json::articleHit, SearchCommand::print);

  @Override
  public Integer call() {
    return LISTING.run(spec, root, common, index, json, search);
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
