package org.newsquote.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.QuoteHit;
import org.newsquote.search.Snippet;
import org.newsquote.search.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote quotes}: single quotes with who said them, where and when. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Find quotes: the speaker (and role), the quote with the match highlighted, outlet, date, article id.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote quotes 'speaker:kirby'                 everything Kirby said",
      "  newsquote quotes 'speaker:stoltenberg AND quote:expansion' --sort=-date",
      "  newsquote quotes 'role:spokesman' --json | jq -r '[.speaker, .text] | @tsv'",
      "  newsquote quotes --count 'outlet:\"press tv\"'",
      "",
      "Words without a field search the quote and its speaker; speaker:, role: and",
      "quote: conditions must all hold in the same quote.",
      "JSON Lines: {article_id, speaker, role, text, outlet, date, title, score,",
      "snippets, cue, kind}.",
      "Exit status: 0 found, 1 nothing found, 2 error (bad query, no index)."
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;
  @Mixin SearchOptions search;

  private static final HitListing<QuoteHit> LISTING =
      new HitListing<>(Target.QUOTES, NewsSearcher::searchQuotes, Json::quoteHit, QuotesCommand::print);

  @Override
  public Integer call() {
    return LISTING.run(spec, root, common, index, json, search);
  }

  private static void print(PrintWriter out, Style style, QuoteHit hit) {
    out.println(Render.speaker(style, hit.speaker(), hit.role()) + ":");
    out.println("    “" + quoteText(style, hit) + "”");
    out.println("    " + Render.outlet(style, hit.outlet()) + "  " + Render.date(style, hit.date()) + "  "
        + style.id(hit.articleId()));
    out.println();
  }

  /** The quote with its matches marked: the whole quote when a snippet covers it, else the snippets joined. */
  private static String quoteText(Style style, QuoteHit hit) {
    if (hit.snippets().isEmpty()) {
      return Render.highlight(style, hit.text(), new int[0][]).strip();
    }
    StringBuilder sb = new StringBuilder();
    for (Snippet s : hit.snippets()) {
      if (sb.length() > 0) {
        sb.append(" … ");
      }
      sb.append(Render.snippet(style, s));
    }
    return sb.toString();
  }
}
