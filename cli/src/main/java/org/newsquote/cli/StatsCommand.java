package org.newsquote.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsquote.search.Count;
import org.newsquote.search.FacetCounts;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote stats}: counts by outlet, top speakers, and a monthly timeline drawn as bars. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Count the articles matching a query (all, without one) by outlet, speaker and month.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote stats                         the whole index",
      "  newsquote stats nato expansion          articles matching a query",
      "  newsquote stats --top 20 'outlet:rt'",
      "  newsquote stats --json | jq '.months'",
      "",
      "JSON: one object {total, outlets, speakers, years, months},",
      "each list of {label, count}.",
      "Exit status: 0 something counted, 1 nothing matched, 2 error."
    })
final class StatsCommand implements Callable<Integer> {
  /** The widest bar, in columns: fits an 80-column terminal next to the month and the count. */
  static final int BAR_WIDTH = 50;

  /** More months than this (five years) are drawn as years: a timeline should fit a screen. */
  static final int MAX_MONTHS = 60;

  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Top N speakers (default: ${DEFAULT-VALUE}).")
  int top;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Count only articles matching this query.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() {
    if (top < 1) {
      throw new CliException("--top must be >= 1, got " + top);
    }
    SearchRequest request = SearchRequest.builder(String.join(" ", query)).limit(0).snippets(0, 200).build();
    FacetCounts facets;
    try (NewsSearcher searcher = Searchers.open(index.resolve(root.environment()))) {
      facets = searcher.facets(request, Target.ARTICLES, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Json.println(out, toJson(facets));
    } else {
      print(out, common.style(root.environment()), facets);
    }
    out.flush();
    return facets.total() > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
  }

  static ObjectNode toJson(FacetCounts f) {
    ObjectNode o = Json.object();
    o.put("total", f.total());
    o.set("outlets", counts(f.outlets()));
    o.set("speakers", counts(f.speakers()));
    o.set("years", counts(f.years()));
    o.set("months", counts(f.months()));
    return o;
  }

  private static ArrayNode counts(List<Count> counts) {
    ArrayNode a = Json.array();
    for (Count c : counts) {
      a.addObject().put("label", c.label()).put("count", c.count());
    }
    return a;
  }

  private static void print(PrintWriter out, Style style, FacetCounts f) {
    out.println(style.bold(f.total() + (f.total() == 1 ? " article" : " articles")));
    List<Count> outlets = new ArrayList<>(f.outlets());
    long unknown = f.total() - outlets.stream().mapToLong(Count::count).sum();
    if (unknown > 0) {
      outlets.add(new Count("(unknown)", unknown));
    }
    table(out, style, "Outlets", outlets);
    table(out, style, "Top speakers", f.speakers());
    out.println();
    // Months with no article are drawn too, so the bars read as a timeline; a span of many years is drawn by year.
    List<Count> months = BarChart.filledMonths(f.months());
    boolean byYear = months.size() > MAX_MONTHS;
    List<Count> timeline = byYear ? BarChart.filledYears(f.years()) : months;
    long dated = (byYear ? f.years() : f.months()).stream().mapToLong(Count::count).sum();
    long undated = f.total() - dated;
    out.println(style.bold(byYear ? "By year" : "By month")
        + (undated > 0 ? style.dim(" (" + undated + " without a " + (byYear ? "year" : "month") + ")") : ""));
    if (timeline.isEmpty()) {
      out.println("  (no dated articles)");
    }
    for (String line : BarChart.lines(timeline, BAR_WIDTH)) {
      out.println("  " + line);
    }
  }

  private static void table(PrintWriter out, Style style, String title, List<Count> counts) {
    out.println();
    out.println(style.bold(title));
    if (counts.isEmpty()) {
      out.println("  (none)");
      return;
    }
    int width = counts.stream().mapToInt(c -> c.label().length()).max().orElse(0);
    int numbers = counts.stream().mapToInt(c -> Long.toString(c.count()).length()).max().orElse(1);
    for (Count c : counts) {
      out.println("  " + pad(c.label(), width) + "  " + String.format("%" + numbers + "d", c.count()));
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
