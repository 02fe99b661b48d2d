package org.newsquote.index;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an {@link IndexJob} has got. Immutable.
 *
 * @param filesDone files finished (indexed or found unchanged)
 * @param filesTotal files to do
 * @param bytesDone bytes of the finished files
 * @param bytesTotal bytes of all files
 * @param articles articles indexed so far
 * @param elapsed time since the job started
 */
public record IndexProgress(
    int filesDone, int filesTotal, long bytesDone, long bytesTotal, long articles, Duration elapsed) {

  public IndexProgress {
    if (filesDone < 0 || filesTotal < filesDone) {
      throw new IllegalArgumentException(
          "need 0 <= filesDone <= filesTotal, got filesDone=" + filesDone + " filesTotal=" + filesTotal);
    }
    if (bytesDone < 0 || bytesTotal < 0) {
      throw new IllegalArgumentException("bytes must be >= 0, got " + bytesDone + " and " + bytesTotal);
    }
  }

  /** Articles indexed per second so far. */
  public double articlesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : articles / s;
  }

  /**
   * The expected time left, estimated from the bytes still to read (unchanged files are hashed, so they are work too);
   * empty until there is something to estimate from.
   */
  public Optional<Duration> eta() {
    if (bytesDone <= 0 || bytesTotal <= 0 || elapsed.isZero()) {
      return Optional.empty();
    }
    double perByte = (double) elapsed.toNanos() / bytesDone;
    return Optional.of(Duration.ofNanos((long) (perByte * Math.max(0, bytesTotal - bytesDone))));
  }
}
