package org.newsquote.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.newsquote.search.NewsSearcher;

/**
 * A plain harness for the {@link QueryBench} queries: warm-up, then each query in turn (interleaved, so that all see
 * the same machine load), recording wall time and the thread's CPU time per query. CPU time is what a query costs
 * on an idle core; on a shared machine it is the steadier figure, and the report gives both. Run as a program.
 *
 * <p>usage: {@code QueryLatency [--threads=N] INDEX_DIR [ROUNDS=200] [WARMUP_ROUNDS=100] [CASES=all]}; CASES is a
 * comma-separated list of {@link QueryBench.QueryCase} names, to profile one query shape alone. {@code --threads=N}
 * (N >= 2) opens the searcher with an executor so that one search uses N threads (see {@link QueryThreads}); CPU
 * time is then the sum over those threads, and wall time is what gains.
 */
public final class QueryLatency {
  private QueryLatency() {}

  public static void main(String[] all) {
    int threads = QueryThreads.parse(all);
    String[] args = QueryThreads.positional(all);
    Path index = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    QueryBench.QueryCase[] cases =
        args.length > 3
            ? Arrays.stream(args[3].split(",")).map(String::strip).map(QueryBench.QueryCase::valueOf)
                .toArray(QueryBench.QueryCase[]::new)
            : QueryBench.QueryCase.values();
    long[][] wall = new long[cases.length][rounds];
    long[][] cpu = new long[cases.length][rounds];
    long[][] callerCpu = new long[cases.length][rounds];
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int sink = 0;
    try (QueryThreads pool = QueryThreads.of(threads);
        NewsSearcher searcher = QueryBench.open(index, pool.parts(), pool.pool())) {
      for (int r = 0; r < warmup; r++) {
        for (QueryBench.QueryCase c : cases) {
          sink += c.run(searcher).hashCode();
        }
      }
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < cases.length; i++) {
          long c0 = pool.cpuNanos();
          long t0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          sink += cases[i].run(searcher).hashCode();
          wall[i][r] = System.nanoTime() - w0;
          cpu[i][r] = pool.cpuNanos() - c0;
          callerCpu[i][r] = mx.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    // With threads, the calling thread's own CPU time is also shown: it does the sequential work and one part, so
    // on a machine with a free core for the other part it approaches the wall time (an estimate, not a measurement).
    System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s %s %s%n", "query", "p50 ms", "p99 ms", "cpu p50", "cpu p99",
        threads > 1 ? "caller p50" : "", " query text");
    for (int i = 0; i < cases.length; i++) {
      String caller = threads > 1 ? String.format(Locale.ROOT, "%10.2f", pct(callerCpu[i], 50)) : "";
      System.out.printf(Locale.ROOT, "%-14s %9.2f %9.2f %9.2f %9.2f %s  %s%n", cases[i], pct(wall[i], 50),
          pct(wall[i], 99), pct(cpu[i], 50), pct(cpu[i], 99), caller, cases[i].text());
    }
    System.out.println("(" + rounds + " rounds after " + warmup + " warm-up rounds; "
        + (threads > 1 ? threads + " threads per search, CPU summed over them; " : "one thread per search; ")
        + (sink == 42 ? "" : "ok") + ")");
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int k = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, k)] / 1e6;
  }
}
