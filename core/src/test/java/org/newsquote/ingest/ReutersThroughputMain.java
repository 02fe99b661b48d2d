package org.newsquote.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsquote.model.Article;

/**
 * Measures reading plus metadata recovery on the Reuters JSON Lines (MB/s of file bytes, single thread). Not a
 * test: run {@code java -cp ... ReutersThroughputMain [file] [rounds]}; the first rounds warm the JIT up.
 */
public final class ReutersThroughputMain {
  private ReutersThroughputMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/reuters21578/articles.jsonl");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    double megabytes = Files.size(file) / 1e6;
    for (int round = 1; round <= rounds; round++) {
      AtomicLong problems = new AtomicLong();
      long start = System.nanoTime();
      long chars;
      try (Stream<Article> articles = Corpus.articles(List.of(file), CorpusOptions.defaults(), p -> problems.incrementAndGet())) {
        chars = articles.mapToLong(a -> a.text().length() + a.title().length()).sum();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %.1f MB in %.3f s = %.1f MB/s (%d chars, %d problems)%n",
          round, megabytes, seconds, megabytes / seconds, chars, problems.get());
    }
  }
}
