package org.newsquote.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.newsquote.index.IndexProgress;
import org.newsquote.index.IndexProgressListener;

/**
 * A one-line progress display on a terminal's stderr, redrawn in place at most a few times a second: files done,
 * articles per second, time left. Used only when stderr is a terminal. Called on the job's thread only.
 */
final class ProgressLine implements IndexProgressListener {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private long lastDraw;
  private boolean drawn;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void progress(IndexProgress p) {
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS && p.filesDone() < p.filesTotal()) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print(CLEAR_LINE + format(p));
    err.flush();
  }

  static String format(IndexProgress p) {
    String eta = p.eta().map(ProgressLine::clock).orElse("--:--");
    return String.format(Locale.ROOT, "%d/%d files  %d articles  %.0f articles/s  ETA %s",
        p.filesDone(), p.filesTotal(), p.articles(), p.articlesPerSecond(), eta);
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Removes the line, so the summary starts on a clean one. */
  void clear() {
    if (drawn) {
      err.print(CLEAR_LINE);
      err.flush();
    }
  }
}
