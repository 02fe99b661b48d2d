package org.newsquote.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.Sort;

/**
 * Prints what an index answers to a fixed set of queries (article and quote search in every sort order, with
 * snippets, totals and facets) as plain text, so that two indexes of the same corpus, built by two versions of the
 * indexer, can be compared with {@code diff}: a change to indexing that keeps every answer gives identical output.
 * Build both indexes with {@code --threads 1}: with more threads the documents' order, and therefore lower-bound
 * totals and the order of equal hits, may differ between any two runs. Run as a program; not thread-safe.
 *
 * <p>usage: {@code AnswerDump INDEX [QUERY...]} (without queries, a built-in set that suits news text in English).
 */
public final class AnswerDump {
  private static final List<String> QUERIES = List.of(
      "oil", "\"interest rates\"", "(oil OR crude) AND prices -opec", "speaker:baker quote:dollar",
      "trade date:[1987-06-01 TO 1988-06-30]", "said", "minister", "nato", "speaker:kirby", "quote:war",
      "sanction*", "govern~1", "\"oil prices\"~3", "title:oil", "role:minister", "outlet:reuters", "date:1987-03",
      "id:reuters-1-c0", "quote:\"we will\"", "speaker:smith OR speaker:jones", "bank -oil", "cocoa",
      "title:review body:cocoa", "quote:market speaker:*", "president", "ukraine", "police", "\"prime minister\"");

  private AnswerDump() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: AnswerDump INDEX [QUERY...]");
      System.exit(2);
    }
    List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length) : QUERIES;
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (NewsSearcher s = NewsSearcher.open(Path.of(args[0]))) {
      out.println("info " + s.info());
      for (String q : queries) {
        for (Sort sort : Sort.values()) {
          SearchRequest r = SearchRequest.builder(q).sort(sort).limit(20).build();
          out.println("articles " + sort + " " + q + " -> " + attempt(() -> s.search(r)));
          out.println("quotes " + sort + " " + q + " -> " + attempt(() -> s.searchQuotes(r)));
        }
        SearchRequest r = SearchRequest.builder(q).build();
        out.println("facets " + q + " -> " + attempt(() -> s.facets(r, 10)));
        out.println("facets-all " + q + " -> " + attempt(() -> s.facets(r, 1000)));
      }
      out.println("article reuters-1-c0 -> " + s.article("reuters-1-c0"));
    }
    out.flush();
  }

  private static String attempt(java.util.function.Supplier<Object> f) {
    try {
      return String.valueOf(f.get());
    } catch (RuntimeException e) {
      return "error " + e;
    }
  }
}
