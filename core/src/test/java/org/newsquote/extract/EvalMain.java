package org.newsquote.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsquote.model.Article;
import org.newsquote.model.Quote;
import org.newsquote.model.SourceRef;

/**
 * Writes extraction predictions as JSON Lines for the scorer: {@code EvalMain INPUT OUT.jsonl [--split]} where INPUT
 * is a PolNeAR-style articles.jsonl or a folder of .txt files (raw file text as article text). Test scope only.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    QuoteExtractor ex = QuoteExtractor.standard();
    if (args.length > 2 && args[2].equals("--split")) {
      ex = ex.splittingContinuations();
    }
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = read(in, json);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode rec = json.createObjectNode();
        rec.put("id", a.id());
        rec.put("source", a.source().toString());
        rec.put("outlet", a.outlet());
        rec.putNull("date");
        rec.put("title", a.title());
        ArrayNode qs = rec.putArray("quotes");
        for (Quote q : ex.extract(a)) {
          ObjectNode o = qs.addObject();
          o.put("speaker", q.speaker());
          o.put("role", q.role());
          o.put("text", q.text());
          o.put("start", q.start());
          o.put("end", q.end());
          o.put("cue", q.cue());
          o.put("kind", q.kind().label());
          o.put("rule", q.rule());
        }
        w.write(json.writeValueAsString(rec));
        w.newLine();
      }
    }
  }

  static List<Article> read(Path in, ObjectMapper json) throws IOException {
    List<Article> out = new ArrayList<>();
    if (Files.isDirectory(in)) {
      try (Stream<Path> files = Files.list(in)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = f.getFileName().toString();
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          out.add(Article.of(name.substring(0, name.length() - 4), SourceRef.file(f.toString()), "", text));
        }
      }
      return out;
    }
    int line = 0;
    for (String l : Files.readAllLines(in, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(l);
      Article a = new Article(n.path("id").asText(), new SourceRef(in.toString(), line),
          n.path("outlet").asText(null), null, n.path("title").asText(""), n.path("text").asText(""), null, null,
          null, null);
      out.add(a);
    }
    return out;
  }

}
