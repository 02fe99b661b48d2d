package org.newsquote.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of newsquote in one JVM, query by query in turn: each build is loaded from its own class path (a bench
 * {@code classes} directory and a {@code lib} directory of jars, as {@code bench/target} holds them) in its own class
 * loader, both open the same index, and every round runs each {@link QueryBench} query on both, the order swapped
 * every round. On a machine shared with other work, both builds then see the same load at the same moments, which two
 * alternated processes do not. Reports wall and thread-CPU p50 per build and their ratio. Run as a program.
 *
 * <p>usage: {@code QueryAB INDEX_DIR OLD_DIR[@N] NEW_DIR[@N] [ROUNDS=200] [WARMUP_ROUNDS=100]}, where each *_DIR
 * holds {@code classes/} and {@code lib/}; INDEX_DIR may be {@code OLD_INDEX,NEW_INDEX} when the builds write
 * different indexes of the same corpus. {@code @N} (N >= 2) opens that side's searcher with an executor so that one
 * search uses N threads (a build that has {@code Parallelism}); its CPU time is then summed over those threads (see
 * {@link QueryThreads}). The same directory may be given twice, e.g. {@code NEW NEW@2}, to compare one build
 * without and with the executor.
 */
public final class QueryAB {
  private QueryAB() {}

  /** One build: its class loader, searcher and query cases. */
  private record Side(String name, Object searcher, Object[] cases, Method run, Method close, QueryThreads threads) {
    static Side load(String name, String spec, Path index) throws Exception {
      int at = spec.lastIndexOf('@');
      Path dir = Path.of(at < 0 ? spec : spec.substring(0, at));
      QueryThreads threads = QueryThreads.of(at < 0 ? 1 : Integer.parseInt(spec.substring(at + 1)));
      List<URL> urls = new ArrayList<>();
      urls.add(dir.resolve("classes").toUri().toURL());
      try (Stream<Path> jars = Files.list(dir.resolve("lib"))) {
        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> searcherClass = Class.forName("org.newsquote.search.NewsSearcher", true, loader);
      Class<?> caseClass = Class.forName("org.newsquote.bench.QueryBench$QueryCase", true, loader);
      Object searcher;
      if (threads.parts() > 1) {
        Class<?> parallelism = Class.forName("org.newsquote.search.Parallelism", true, loader);
        Object p =
            parallelism.getConstructor(java.util.concurrent.Executor.class, int.class)
                .newInstance(threads.pool(), threads.parts());
        searcher = searcherClass.getMethod("open", Path.class, parallelism).invoke(null, index, p);
      } else {
        searcher = searcherClass.getMethod("open", Path.class).invoke(null, index);
      }
      Object[] cases = (Object[]) caseClass.getMethod("values").invoke(null);
      return new Side(
          name, searcher, cases, caseClass.getMethod("run", searcherClass), searcherClass.getMethod("close"), threads);
    }

    int run(int i) throws Exception {
      return run.invoke(cases[i], searcher).hashCode();
    }
  }

  public static void main(String[] args) throws Exception {
    String[] indexes = args[0].split(",", 2);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    Side[] sides = {
      Side.load("old", args[1], Path.of(indexes[0])),
      Side.load("new", args[2], Path.of(indexes[indexes.length - 1]))
    };
    int n = sides[0].cases().length;
    long[][][] wall = new long[2][n][rounds];
    long[][][] cpu = new long[2][n][rounds];
    int sink = 0;
    for (int r = 0; r < warmup; r++) {
      for (int i = 0; i < n; i++) {
        for (Side s : sides) {
          sink += s.run(i);
        }
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < 2; k++) {
          int side = (r + i + k) % 2; // who goes first changes every round and every query
          long c0 = sides[side].threads().cpuNanos();
          long w0 = System.nanoTime();
          sink += sides[side].run(i);
          wall[side][i][r] = System.nanoTime() - w0;
          cpu[side][i][r] = sides[side].threads().cpuNanos() - c0;
        }
      }
    }
    for (Side s : sides) {
      s.close().invoke(s.searcher());
      s.threads().close();
    }
    System.out.printf(Locale.ROOT, "%-14s %9s %9s %7s   %9s %9s %7s  %s%n", "query", "old cpu", "new cpu", "ratio",
        "old wall", "new wall", "ratio", "(p50 ms)");
    for (int i = 0; i < n; i++) {
      double oc = p50(cpu[0][i]);
      double nc = p50(cpu[1][i]);
      double ow = p50(wall[0][i]);
      double nw = p50(wall[1][i]);
      System.out.printf(Locale.ROOT, "%-14s %9.2f %9.2f %7.2f   %9.2f %9.2f %7.2f%n", sides[0].cases()[i], oc, nc,
          nc / oc, ow, nw, nw / ow);
    }
    System.out.println("(" + rounds + " rounds after " + warmup + " warm-up rounds; threads per search: old "
        + sides[0].threads().parts() + ", new " + sides[1].threads().parts() + "; CPU summed over them; "
        + (sink == 42 ? "" : "ok") + ")");
  }

  private static double p50(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[(s.length - 1) / 2] / 1e6;
  }
}
