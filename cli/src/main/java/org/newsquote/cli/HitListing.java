package org.newsquote.cli;

import java.io.PrintWriter;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.SearchResults;
import org.newsquote.search.Target;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code search} and {@code quotes} share: open the index, count or list the hits as text or JSON Lines, warn
 * on a timed-out search, and turn "nothing found" into exit status 1. The commands say only what a hit is.
 *
 * @param <H> the hit type
 */
final class HitListing<H> {

  /** Prints one hit as text. */
  @FunctionalInterface
  interface TextPrinter<H> {
    void print(PrintWriter out, Style style, H hit);
  }

  private final Target target;
  private final BiFunction<NewsSearcher, SearchRequest, SearchResults<H>> find;
  private final Function<H, Object> toJson;
  private final TextPrinter<H> printer;

  HitListing(
      Target target,
      BiFunction<NewsSearcher, SearchRequest, SearchResults<H>> find,
      Function<H, Object> toJson,
      TextPrinter<H> printer) {
    this.target = target;
    this.find = find;
    this.toJson = toJson;
    this.printer = printer;
  }

  int run(
      CommandSpec spec,
      NewsquoteCommand root,
      CommonOptions common,
      IndexOption index,
      JsonOption json,
      SearchOptions search) {
    SearchRequest request = search.request();
    PrintWriter out = spec.commandLine().getOut();
    try (NewsSearcher searcher = Searchers.open(index.resolve(root.environment()))) {
      if (search.count) {
        long n = searcher.count(request, target);
        out.println(n);
        out.flush();
        return n > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
      }
      SearchResults<H> results = find.apply(searcher, request);
      Style style = json.json ? Style.PLAIN : common.style(root.environment());
      for (H hit : results.hits()) {
        if (json.json) {
          Json.println(out, toJson.apply(hit));
        } else {
          printer.print(out, style, hit);
        }
      }
      out.flush();
      Warnings.timedOut(spec, results.timedOut());
      return results.hits().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
  }
}
