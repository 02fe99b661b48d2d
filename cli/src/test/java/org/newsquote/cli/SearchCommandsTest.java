package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, quotes, show and stats over one index built through the CLI. */
class SearchCommandsTest {
  private static final String ESC = "\u001b[";
  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Articles.write(corpus.resolve("feeds/wire.jsonl"),
        "{\"id\": \"wire-1\", \"outlet\": \"RT\", \"date\": \"2022-02-03\", \"title\": \"Alliance talks stall\", "
            + "\"text\": \"Talks stalled on Monday.\\n\\n“The alliance must wait,” Jane Doe said on Monday.\"}\n"
            + "{\"id\": \"wire-2\", \"outlet\": \"RT\", \"date\": \"2022-03-10\", \"title\": \"Alliance talks resume\", "
            + "\"text\": \"Talks resumed on Thursday.\\n\\n“We are back at the table,” Jane Doe said.\"}\n"
            + "{\"id\": \"wire-3\", \"outlet\": \"Press TV\", \"date\": \"2022-03-11\", \"title\": \"Ferry inquiry opens\", "
            + "\"text\": \"An inquiry opened.\\n\\n“We want answers about the alliance deal,” Ann Poe said.\"}\n");
    index = tmp.resolve("index").toString();
    Cli.Result r = Cli.run("index", "--index", index, "--strict", corpus.toString());
    assertEquals(0, r.exit(), r.toString());
  }

  private static Cli.Result run(String... args) {
    return run(CliEnvironment.piped(Map.of()), args);
  }

  /** Runs a subcommand against the test index: {@code --index} goes right after the subcommand's name. */
  private static Cli.Result run(CliEnvironment env, String... args) {
    List<String> list = new java.util.ArrayList<>(List.of(args));
    list.add(1, "--index=" + index);
    return Cli.run(env, list.toArray(String[]::new));
  }

  @Test
  void searchListsMatchingArticlesWithTitleIdAndSnippets() {
    Cli.Result r = run("search", "alliance");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err());
    assertTrue(r.out().contains("Alliance plans winter drills"), r.out());
    assertTrue(r.out().contains("world/drills"), r.out());
    assertFalse(r.out().contains(ESC), "no colour when piped");
  }

  @Test
  void searchJsonIsOneObjectPerHitWithStableNames() {
    Cli.Result r = run("search", "--json", "alliance");
    assertEquals(0, r.exit(), r.toString());
    List<JsonNode> hits = r.jsonLines();
    assertTrue(hits.size() >= 3, r.out());
    for (JsonNode h : hits) {
      for (String f : new String[] {"id", "outlet", "date", "title", "score", "snippets"}) {
        assertTrue(h.has(f), f + " missing in " + h);
      }
      assertTrue(h.get("score").isNumber() || h.get("score").isNull(), "score is a number: " + h);
      for (JsonNode s : h.get("snippets")) {
        assertTrue(s.get("text").isTextual());
        for (JsonNode m : s.get("matches")) {
          String text = s.get("text").asText();
          int start = m.get(0).asInt();
          int end = m.get(1).asInt();
          String matched = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
          assertEquals("alliance", matched.toLowerCase(java.util.Locale.ROOT), h.toString());
        }
      }
    }
    assertFalse(r.out().contains(ESC));
  }

  @Test
  void jsonNeverColoursEvenWhenAskedTo() {
    Cli.Result r = run("search", "--json", "--color=always", "alliance");
    assertFalse(r.out().contains(ESC), r.out());
    r.jsonLines();
  }

  @Test
  void colourFollowsTheFlagsTheTerminalAndNoColor() {
    assertTrue(run("search", "--color=always", "alliance").out().contains(ESC + "1;31m"));
    assertFalse(run("search", "--color=never", "alliance").out().contains(ESC));
    CliEnvironment terminal = new CliEnvironment(Map.of(), true, true);
    assertTrue(run(terminal, "search", "alliance").out().contains(ESC + "1;31m"));
    CliEnvironment noColor = new CliEnvironment(Map.of("NO_COLOR", "1"), true, true);
    assertFalse(run(noColor, "search", "alliance").out().contains(ESC));
    assertTrue(run(noColor, "search", "--color=always", "alliance").out().contains(ESC));
  }

  @Test
  void countPrintsTheNumberAlone() {
    Cli.Result r = run("search", "--count", "outlet:rt");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("2\n", r.out());
  }

  @Test
  void nothingFoundIsExitOneWithNoOutput() {
    Cli.Result r = run("search", "zzyzzyva");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("", r.out());
    assertEquals("", r.err());
    assertEquals("0\n", run("quotes", "--count", "zzyzzyva").out());
  }

  @Test
  void badQueryIsExitTwoWithTheQueryAndACaret() {
    Cli.Result r = run("search", "quote:\"unclosed");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.size() <= 3, r.err());
    assertTrue(lines.get(0).startsWith("newsquote: query error at column"), r.err());
    assertTrue(r.err().contains("quote:\"unclosed"), r.err());
    assertTrue(r.err().contains("^"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void limitOffsetAndDateSortPage() {
    List<JsonNode> all = run("search", "--json", "--sort=date", "outlet:rt").jsonLines();
    assertEquals(List.of("wire-1", "wire-2"), all.stream().map(h -> h.get("id").asText()).toList());
    List<JsonNode> newest = run("search", "--json", "--sort", "-date", "--limit", "1", "outlet:rt").jsonLines();
    assertEquals(List.of("wire-2"), newest.stream().map(h -> h.get("id").asText()).toList());
    List<JsonNode> second = run("search", "--json", "--sort=-date", "--offset", "1", "outlet:rt").jsonLines();
    assertEquals(List.of("wire-1"), second.stream().map(h -> h.get("id").asText()).toList());
  }

  @Test
  void quotesShowSpeakerQuoteOutletDateAndArticle() {
    Cli.Result r = run("quotes", "--json", "speaker:\"jane doe\"");
    assertEquals(0, r.exit(), r.toString());
    List<JsonNode> hits = r.jsonLines();
    assertTrue(hits.size() >= 2, r.out());
    for (JsonNode h : hits) {
      for (String f : new String[] {"article_id", "speaker", "role", "text", "outlet", "date", "title", "score",
          "snippets"}) {
        assertTrue(h.has(f), f + " missing in " + h);
      }
      assertEquals("Jane Doe", h.get("speaker").asText());
    }
    Cli.Result text = run("quotes", "--color=always", "speaker:\"jane doe\" wait");
    assertEquals(0, text.exit(), text.toString());
    assertTrue(text.out().contains("Jane Doe"), text.out());
    assertTrue(text.out().contains(ESC + "1;31mwait"), text.out());
    assertTrue(text.out().contains("wire-1") && text.out().contains("2022-02-03") && text.out().contains("RT"));
  }

  @Test
  void showPrintsMetadataBodyAndQuotes() {
    Cli.Result r = run("show", "wire-1");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("Alliance talks stall"), r.out());
    assertTrue(r.out().contains("2022-02-03"), r.out());
    assertTrue(r.out().contains("Talks stalled on Monday."), r.out());
    assertTrue(r.out().contains("Jane Doe") && r.out().contains("The alliance must wait"), r.out());

    JsonNode j = run("show", "--json", "wire-1").json();
    assertEquals("wire-1", j.get("id").asText());
    assertEquals("RT", j.get("outlet").asText());
    assertTrue(j.get("quotes").size() >= 1);
    JsonNode q = j.get("quotes").get(0);
    String body = j.get("text").asText();
    String span = body.substring(body.offsetByCodePoints(0, q.get("start").asInt()),
        body.offsetByCodePoints(0, q.get("end").asInt()));
    assertTrue(span.contains(q.get("text").asText()), span);
  }

  @Test
  void showOfAnUnknownIdIsExitOne() {
    Cli.Result r = run("show", "no/such/article");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("newsquote: no article with id 'no/such/article'\n", r.err());
  }

  @Test
  void statsCountsByOutletSpeakerAndMonthWithBars() {
    Cli.Result r = run("stats");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("6 articles"), r.out());
    assertTrue(r.out().contains("RT") && r.out().contains("Press TV"), r.out());
    assertTrue(r.out().contains("Jane Doe"), r.out());
    assertTrue(r.out().contains("2022-02") && r.out().contains("2022-03"), r.out());
    assertTrue(r.out().contains("█"), r.out());

    JsonNode j = run("stats", "--json", "outlet:rt").json();
    assertEquals(2, j.get("total").asInt());
    assertEquals("RT", j.get("outlets").get(0).get("label").asText());
    assertEquals(2, j.get("outlets").get(0).get("count").asInt());
    assertEquals(2, j.get("months").size());
    assertEquals(1, run("stats", "zzyzzyva").exit());
  }

  @Test
  void verifySaysTheIndexIsHealthy() {
    Cli.Result r = run("verify");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains(": ok, "), r.out());
    JsonNode j = run("verify", "--json").json();
    assertEquals("healthy", j.get("status").asText());
  }
}
