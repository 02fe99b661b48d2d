package org.newsquote.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsquote.model.Quote;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote show ID}: one article from the index with its quotes. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one article: its metadata, body, and quotes with their speakers.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote show politics/001",
      "  newsquote search nato --json | jq -r .id | head -1 | xargs newsquote show",
      "  newsquote show --json politics/001 | jq '.quotes[].speaker'",
      "",
      "Exit status: 0 shown, 1 no article with that id, 2 error (no index)."
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;

  @Parameters(index = "0", paramLabel = "ID", description = "The article id, as search prints it.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<StoredArticle> found;
    try (NewsSearcher searcher = Searchers.open(index.resolve(root.environment()))) {
      found = searcher.article(id);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("newsquote: no article with id '" + id + "'");
      spec.commandLine().getErr().flush();
      return ExitCodes.NOT_FOUND;
    }
    StoredArticle a = found.get();
    if (json.json) {
      Json.println(out, toJson(a));
    } else {
      print(out, common.style(root.environment()), a);
    }
    out.flush();
    return ExitCodes.OK;
  }

  static ObjectNode toJson(StoredArticle a) {
    ObjectNode o = Json.object();
    o.put("id", a.id());
    o.put("source", a.source().toString());
    o.put("outlet", a.outlet());
    o.put("date", Json.date(a.date()));
    o.put("title", a.title());
    o.put("url", a.url());
    o.put("text", a.text());
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      quotes.add(Json.quote(q, a.text()));
    }
    return o;
  }

  private static void print(PrintWriter out, Style style, StoredArticle a) {
    out.println(style.bold(a.title().isEmpty() ? "(no title)" : a.title()));
    field(out, style, "id", style.id(a.id()));
    field(out, style, "outlet", a.outlet() == null ? style.dim("(unknown)") : style.outlet(a.outlet()));
    field(out, style, "date", a.date() == null ? style.dim("(unknown)") : style.date(a.date().toIsoString()));
    field(out, style, "source", a.source().toString());
    if (a.url() != null) {
      field(out, style, "url", a.url());
    }
    out.println();
    out.println(a.text().strip());
    out.println();
    out.println(style.bold(a.quotes().size() + (a.quotes().size() == 1 ? " quote" : " quotes")));
    int n = 1;
    for (Quote q : a.quotes()) {
      out.println(String.format("%3d. ", n++) + Render.speaker(style, q.speaker(), q.role())
          + (q.cue() == null ? "" : style.dim(" [" + q.cue() + "]")) + ": “" + q.text() + "”");
    }
  }

  private static void field(PrintWriter out, Style style, String name, String value) {
    out.println(style.dim(String.format("%-7s", name + ":")) + " " + value);
  }
}
