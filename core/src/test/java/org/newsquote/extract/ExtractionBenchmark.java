package org.newsquote.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsquote.model.Article;

/**
 * Throughput on one core: {@code ExtractionBenchmark ARTICLES.jsonl [ROUNDS]} prints MB/s of article text (UTF-16
 * chars counted as bytes), by wall clock and by the thread's CPU time (the fairer figure on a shared, loaded machine).
 * Test scope only; the one place in core that prints, being a developer tool.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Article> articles = EvalMain.read(Path.of(args[0]), new ObjectMapper());
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    QuoteExtractor ex = QuoteExtractor.standard();
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
    }
    long quotes = 0;
    for (int r = 0; r < rounds; r++) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      quotes = 0;
      for (Article a : articles) {
        quotes += ex.extract(a).size();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf("round %d: %.1f MB/s wall, %.1f MB/s cpu (%d articles, %.1f MB, %d quotes, %.2f s, cpu %.2f s)%n",
          r, chars / 1e6 / secs, chars / 1e6 / cpu, articles.size(), chars / 1e6, quotes, secs, cpu);
    }
  }
}
