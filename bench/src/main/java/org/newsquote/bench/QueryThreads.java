package org.newsquote.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor a harness hands to {@code NewsSearcher.open(Path, Parallelism)} when a search may use {@code parts}
 * threads, and the CPU time a search costs on all of them. Lucene's task executor, like ours for snippets, runs one
 * part on the calling thread, so {@code parts - 1} pool threads give {@code parts} threads in all. CPU time is the
 * calling thread's plus the pool threads' (per-thread CPU clocks, read before and after each query; the pool threads
 * are idle between queries, so their difference is that query's work): it leaves out the JVM's own threads (JIT,
 * garbage collection), as the single-threaded figures always did. Not thread-safe: one harness thread measures.
 */
final class QueryThreads implements AutoCloseable {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private final int parts;
  private final ExecutorService pool;
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  private QueryThreads(int parts) {
    this.parts = parts;
    if (parts > 1) {
      AtomicInteger n = new AtomicInteger();
      pool =
          Executors.newFixedThreadPool(
              parts - 1,
              r -> {
                Thread t = new Thread(r, "query-part-" + n.incrementAndGet());
                t.setDaemon(true);
                threads.add(t);
                return t;
              });
      // Start the threads now, so that the first measured query does not pay for it.
      for (int i = 0; i < parts - 1; i++) {
        pool.execute(() -> {});
      }
    } else {
      pool = null;
    }
  }

  /** {@code parts} <= 1: no executor, every search on the calling thread. */
  static QueryThreads of(int parts) {
    return new QueryThreads(parts);
  }

  int parts() {
    return parts;
  }

  /** The executor, or null when searches run on the calling thread alone. */
  ExecutorService pool() {
    return pool;
  }

  /** CPU time so far of the calling thread and the pool's threads, in nanoseconds. */
  long cpuNanos() {
    long sum = MX.getCurrentThreadCpuTime();
    for (Thread t : threads) {
      long c = MX.getThreadCpuTime(t.threadId());
      if (c > 0) {
        sum += c;
      }
    }
    return sum;
  }

  /** {@code --threads=N} among {@code args}, or 1. */
  static int parse(String[] args) {
    for (String a : args) {
      if (a.startsWith("--threads=")) {
        return Integer.parseInt(a.substring("--threads=".length()));
      }
    }
    return 1;
  }

  /** {@code args} without {@code --threads=N}. */
  static String[] positional(String[] args) {
    return java.util.Arrays.stream(args).filter(a -> !a.startsWith("--threads=")).toArray(String[]::new);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
