package org.newsquote.ingest;

import java.util.List;
import java.util.Objects;

/**
 * How a corpus is walked and read.
 *
 * @param include glob patterns (as for {@link java.nio.file.FileSystem#getPathMatcher}, {@code glob:} implied) a file's
 *     path relative to its root must match one of (a pattern without {@code /} may also match the bare file name,
 *     so {@code *.txt} means text files at any depth); empty means every file of a known format
 * @param exclude glob patterns that leave a file out, even when included
 * @param maxRecordChars the longest article text (or JSON line) accepted; longer ones are reported and skipped
 */
public record CorpusOptions(List<String> include, List<String> exclude, int maxRecordChars) {

  /** 20 million characters: far above any real article, low enough that one bad line cannot exhaust the heap. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 20_000_000;

  public CorpusOptions {
    include = List.copyOf(Objects.requireNonNull(include, "include"));
    exclude = List.copyOf(Objects.requireNonNull(exclude, "exclude"));
    if (maxRecordChars <= 0) {
      throw new IllegalArgumentException("maxRecordChars must be > 0, got " + maxRecordChars);
    }
  }

  public static CorpusOptions defaults() {
    return new CorpusOptions(List.of(), List.of(), DEFAULT_MAX_RECORD_CHARS);
  }
}
