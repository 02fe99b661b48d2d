package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsquote.ingest.IngestFixtures.read;
import static org.newsquote.ingest.IngestFixtures.write;
import static org.newsquote.ingest.IngestFixtures.writeGzip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.model.Article;
import org.newsquote.model.ArticleField;
import org.newsquote.model.IngestProblem;

/** JSON Lines: fields and synonyms, ids, and every kind of broken line reported without losing the others. */
class JsonlFormatTest {
  @TempDir Path dir;

  @Test
  void readsFieldsSynonymsAndKeepsTheRestAsMetadata() throws Exception {
    Path file =
        write(
            dir,
            "feed.jsonl",
            """
            {"id": "a1", "url": "https://x.test/a1", "outlet": "rt.com", "date": "1987-02-26T15:01:01Z", "title": "T1", "text": "Body one.", "topic": "oil", "tags": ["a", "b"]}
            {"publisher": "Some Paper", "published": "2016-09-12", "title": "T2", "body": "Body two."}
            {"source": {"id": "x", "name": "Press TV"}, "publication_date": "February 3, 2022", "content": "Body three."}
            """);
    List<Article> articles = read(file).articles();
    assertEquals(3, articles.size());
    Article a = articles.get(0);
    assertEquals("a1", a.id());
    assertEquals("RT", a.outlet());
    assertEquals("1987-02-26T15:01:01", a.date().toIsoString());
    assertEquals("https://x.test/a1", a.url());
    assertEquals("oil", a.metadata().get("topic"));
    assertEquals("[\"a\",\"b\"]", a.metadata().get("tags"));
    assertEquals("jsonl:date", a.decidedBy().get(ArticleField.DATE));
    assertEquals(file + ":1", a.source().toString(), "a file given directly is shown as given");
    Article b = articles.get(1);
    assertEquals("feed#2", b.id());
    assertEquals("Some Paper", b.outlet());
    assertEquals("jsonl:publisher", b.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2016-09-12", b.date().toIsoString());
    assertEquals("Body two.", b.text());
    Article c = articles.get(2);
    assertEquals("feed#3", c.id());
    assertEquals("Press TV", c.outlet());
    assertEquals("2022-02-03", c.date().toIsoString());
    assertEquals("Body three.", c.text());
  }

  @Test
  void brokenLinesAreReportedWithTheirLineAndTheRestIsRead() throws Exception {
    StringBuilder content = new StringBuilder();
    content.append("{\"id\": \"ok1\", \"text\": \"fine\"}\n");
    content.append("{\"id\": \"bad\", \"text\": \"unterminated\n");
    content.append("\n");
    content.append("[1, 2]\n");
    content.append("{\"id\": \"none\", \"title\": \"no text\"}\n");
    content.append("{\"id\": \"long\", \"text\": \"").append("x".repeat(500)).append("\"}\n");
    content.append("{\"id\": \"ok2\", \"text\": \"fine\", \"date\": \"sometime\"}\n");
    content.append("{\"id\": \"trunc\", \"text\": \"cut off");
    write(dir, "f.jsonl", content.toString());
    IngestFixtures.Run run = read(List.of(dir.resolve("f.jsonl")), new CorpusOptions(List.of(), List.of(), 200));
    assertEquals(List.of("ok1", "ok2"), run.articles().stream().map(Article::id).toList());
    List<String> where = run.problems().stream().map(p -> p.source().line() + " " + p.severity()).toList();
    assertEquals(List.of("2 ERROR", "4 ERROR", "5 ERROR", "6 ERROR", "7 WARNING", "8 ERROR"), where, run.problems().toString());
    assertTrue(run.problems().get(0).reason().startsWith("is not valid JSON"), run.problems().get(0).reason());
    assertTrue(run.problems().get(3).reason().contains("maxRecordChars"), run.problems().get(3).reason());
    assertTrue(run.problems().get(4).reason().contains("not a date"), run.problems().get(4).reason());
  }

  @Test
  void aRecordWithoutTextSaysWhatItsTextFieldHolds() throws Exception {
    write(dir, "f.jsonl", "{\"id\": \"n\", \"text\": 5}\n{\"id\": \"b\", \"body\": \"  \"}\n{\"id\": \"t\", \"title\": \"x\"}\n");
    IngestFixtures.Run run = read(List.of(dir.resolve("f.jsonl")), new CorpusOptions(List.of(), List.of(), 200));
    assertEquals(
        List.of(
            "has no article text (its 'text' field is a number, not a string); record skipped",
            "has no article text (its 'body' field is blank); record skipped",
            "has no article text (no text, body or content field); record skipped"),
        run.problems().stream().map(p -> p.reason()).toList());
  }

  @Test
  void aNullTextAndWronglyTypedIdOrTitleAreNamedForWhatTheyHold() throws Exception {
    write(dir, "f.jsonl", "{\"id\": \"n\", \"text\": null}\n"
        + "{\"id\": [\"x\"], \"title\": 5, \"text\": \"Words.\"}\n");
    IngestFixtures.Run run = read(List.of(dir.resolve("f.jsonl")), new CorpusOptions(List.of(), List.of(), 200));
    assertEquals(
        List.of(
            "1 ERROR has no article text (its 'text' field is null, not a string); record skipped",
            "2 WARNING field 'id' holds an array, not a string or number; ignored, so the id is the one it would have "
                + "without the field",
            "2 WARNING field 'title' holds a number, not a string; not used as the title"),
        run.problems().stream().map(p -> p.source().line() + " " + p.severity() + " " + p.reason()).toList());
    assertEquals("f#2", run.only().id(), "the record-number id, as without an id field");
    assertEquals("", run.only().title());
  }

  @Test
  void invalidUtf8InALineIsReplacedAndReported() throws Exception {
    Path file = dir.resolve("f.jsonl");
    byte[] good = "{\"id\": \"a\", \"text\": \"caf".getBytes();
    byte[] tail = "\"}\n".getBytes();
    byte[] bytes = new byte[good.length + 1 + tail.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xE9; // Latin-1 é, invalid as UTF-8
    System.arraycopy(tail, 0, bytes, good.length + 1, tail.length);
    Files.write(file, bytes);
    IngestFixtures.Run run = read(file);
    assertEquals("caf\uFFFD", run.only().text());
    assertEquals(1, run.problems().size());
    IngestProblem p = run.problems().get(0);
    assertEquals(IngestProblem.Severity.WARNING, p.severity());
    assertEquals(1, p.source().line());
    assertTrue(p.reason().contains("invalid UTF-8 at byte " + good.length), p.reason());
  }

  @Test
  void gzippedNdjsonIsReadTransparently() throws Exception {
    writeGzip(dir, "feeds/day.ndjson.gz", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    List<Article> articles = read(dir).articles();
    assertEquals(List.of("feeds/day#1", "feeds/day#2"), articles.stream().map(Article::id).toList());
  }

  @Test
  void recordsAreReadLazily() throws Exception {
    write(dir, "f.jsonl", "{\"text\": \"one\"}\nnot json\n");
    List<IngestProblem> problems = new ArrayList<>();
    Optional<Article> first;
    try (Stream<Article> articles = Corpus.articles(List.of(dir), CorpusOptions.defaults(), problems::add)) {
      first = articles.findFirst();
    }
    assertEquals("one", first.orElseThrow().text());
    assertEquals(List.of(), problems, "the second line must not have been parsed yet");
  }
}
