package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path tmp;

  /** A body with characters outside the BMP before the quote, so UTF-16 and code-point offsets differ. */
  private static final String BODY = "Fans waved 🇺🇦 flags 🎉 all day.\n\n“We are proud of them,” Jane Doe said.";

  private Path wire() throws Exception {
    return Articles.write(tmp.resolve("wire.jsonl"),
        Json.MAPPER.writeValueAsString(java.util.Map.of(
                "id", "w1", "outlet", "RT", "date", "2022-02-03", "title", "Fans celebrate", "text", BODY))
            + "\n");
  }

  @Test
  void jsonFollowsTheScorerContractWithCodePointOffsets() throws Exception {
    Path wire = wire();
    Cli.Result r = Cli.run("extract", "--json", wire.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err());
    JsonNode a = r.json();
    assertEquals(List.of("id", "source", "outlet", "date", "title", "quotes"), fieldNames(a));
    assertEquals("w1", a.get("id").asText());
    assertEquals(wire + ":1", a.get("source").asText(), "a file given directly is named as given");
    assertEquals("RT", a.get("outlet").asText());
    assertEquals("2022-02-03", a.get("date").asText());
    assertEquals(1, a.get("quotes").size(), r.out());
    JsonNode q = a.get("quotes").get(0);
    assertEquals(List.of("speaker", "role", "text", "start", "end", "cue", "kind", "rule"), fieldNames(q));
    assertEquals("Jane Doe", q.get("speaker").asText());
    assertEquals("direct", q.get("kind").asText());
    assertTrue(q.get("role").isNull());
    int[] cps = BODY.codePoints().toArray();
    String span = new String(cps, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt());
    assertTrue(span.startsWith("“We are proud"), "code-point span: " + span);
  }

  @Test
  void textListingShowsArticleAndQuotesWithoutColourWhenPiped() throws Exception {
    Cli.Result r = Cli.run("extract", wire().toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("w1") && r.out().contains("Fans celebrate"), r.out());
    assertTrue(r.out().contains("Jane Doe: “We are proud of them"), r.out());
    assertFalse(r.out().contains("\u001b["), r.out());
  }

  @Test
  void everyArticleOfADirectoryIsOneLine() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Cli.Result r = Cli.run("extract", "--json", corpus.toString());
    assertEquals(0, r.exit(), r.toString());
    List<String> ids = r.jsonLines().stream().map(n -> n.get("id").asText()).toList();
    assertEquals(List.of("science/glacier", "world/drills", "world/summit"), ids);
  }

  @Test
  void nothingToExtractIsExitOneAndAMissingPathIsAnError() throws Exception {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    assertEquals(1, Cli.run("extract", "--json", empty.toString()).exit());

    // as grep: a PATH that is not there is exit 2, and the PATHs that are there are still read
    Path missing = tmp.resolve("missing.txt");
    Cli.Result r = Cli.run("extract", missing.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("newsquote: "), r.err());
    assertTrue(r.err().contains("missing.txt"), r.err());
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Cli.Result both = Cli.run("extract", "--json", missing.toString(), corpus.toString());
    assertEquals(2, both.exit(), both.toString());
    assertEquals(3, both.jsonLines().size(), both.toString());
  }

  @Test
  void anUnreadableInputInsideACorpusIsExitTwoOnlyWithStrict() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("broken.jsonl"), "{not json\n");
    Cli.Result r = Cli.run("extract", "--json", corpus.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("broken.jsonl"), r.err());
    assertEquals(2, Cli.run("extract", "--json", "--strict", corpus.toString()).exit());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
