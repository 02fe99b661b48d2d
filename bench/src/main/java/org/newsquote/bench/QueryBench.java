package org.newsquote.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.Parallelism;
import org.newsquote.search.SearchRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process query latency: each query shape of the issue, with snippets (highlighting) for the top 10 hits, against
 * an index built by {@code newsquote index} (JMH {@code -p index=DIR}). Sample-time mode, so JMH reports p50 and p99.
 * Run by bench/query-latency.sh, never by {@code mvn verify}. JMH gives each thread its own state; the searcher is
 * shared as the library allows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QueryBench {

  /** The index directory to search. */
  @Param("")
  public String index;

  /** Which query shape: see {@link QueryCase}. */
  @Param({"TERM", "PHRASE", "BOOLEAN", "SPEAKER_QUOTE", "DATE_RANGE", "FACET"})
  public QueryCase query;

  /** Threads one search may use: 1 without an executor, N >= 2 with an executor of N - 1 threads plus the caller. */
  @Param("1")
  public int threads;

  private NewsSearcher searcher;
  private QueryThreads pool;

  @Setup
  public void open() {
    if (index.isEmpty()) {
      throw new IllegalArgumentException("give the index: -p index=DIR");
    }
    pool = QueryThreads.of(threads);
    searcher = open(Path.of(index), pool.parts(), pool.pool());
  }

  @TearDown
  public void close() {
    searcher.close();
    pool.close();
  }

  /** A searcher without an executor when {@code parts} <= 1, else one whose searches use {@code parts} threads. */
  static NewsSearcher open(Path index, int parts, java.util.concurrent.Executor executor) {
    return parts <= 1 ? NewsSearcher.open(index) : NewsSearcher.open(index, new Parallelism(executor, parts));
  }

  @Benchmark
  public Object search() {
    return query.run(searcher);
  }

  /** The query shapes measured; the words are frequent in the Reuters corpus the benchmarks scale. */
  public enum QueryCase {
    TERM("oil"),
    PHRASE("\"interest rates\""),
    BOOLEAN("(oil OR crude) AND prices -opec"),
    SPEAKER_QUOTE("speaker:baker quote:dollar"),
    DATE_RANGE("trade date:[1987-06-01 TO 1988-06-30]"),
    FACET("oil");

    private final String text;

    QueryCase(String text) {
      this.text = text;
    }

    /** Top 10 with two highlighted snippets each (the CLI's default), plus the facet counts for FACET. */
    public Object run(NewsSearcher s) {
      SearchRequest r = SearchRequest.builder(text).limit(10).build();
      return switch (this) {
        case SPEAKER_QUOTE -> s.searchQuotes(r);
        case FACET -> new Object[] {s.search(r), s.facets(r, 10)};
        default -> s.search(r);
      };
    }

    /** The query text, for reports. */
    public String text() {
      return text;
    }
  }
}
