package org.newsquote.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsquote.model.Article;

/**
 * Prints articles in the {@code extract --json} shape (with empty quotes) so the scorer's {@code metadata:} line can be
 * read: {@code java ... SeedMetadataMain ../shared/corpus/seeds > /tmp/seeds.pred.jsonl}. A development tool, not
 * a test; problems go to stderr.
 */
public final class SeedMetadataMain {
  private SeedMetadataMain() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> roots = Stream.of(args.length == 0 ? new String[] {"../shared/corpus/seeds"} : args).map(Path::of).toList();
    try (Stream<Article> articles = Corpus.articles(roots, CorpusOptions.defaults(), p -> System.err.println(p))) {
      articles.forEach(
          a -> {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", a.id());
            o.put("source", a.source().toString());
            o.put("outlet", a.outlet());
            o.put("date", a.date() == null ? null : a.date().toIsoString());
            o.put("title", a.title());
            o.putArray("quotes");
            o.putPOJO("decidedBy", a.decidedBy());
            out.println(o);
          });
    }
  }
}
