package org.newsquote.index;

/**
 * How a {@link NewsIndexWriter} is opened.
 *
 * @param ramBufferMb how much memory the writer fills with new documents before it flushes a segment; large values
 *     make bulk indexing faster and segments fewer
 * @param create start from an empty index, discarding what is there (also an index of another schema version): the
 *     {@code --full} rebuild
 */
public record WriterOptions(double ramBufferMb, boolean create) {

  /** 256 MB: bulk indexing of a large corpus flushes rarely, well inside a 1 GB heap. */
  public static final double DEFAULT_RAM_BUFFER_MB = 256;

  public WriterOptions {
    if (!(ramBufferMb >= 1 && ramBufferMb <= 2047)) {
      throw new IllegalArgumentException("ramBufferMb must be in [1, 2047], got " + ramBufferMb);
    }
  }

  /** Append to (or create) the index with the default buffer. */
  public static WriterOptions defaults() {
    return new WriterOptions(DEFAULT_RAM_BUFFER_MB, false);
  }

  /** Discard the existing index and build anew, with the default buffer. */
  public static WriterOptions rebuild() {
    return new WriterOptions(DEFAULT_RAM_BUFFER_MB, true);
  }

  public WriterOptions withRamBufferMb(double mb) {
    return new WriterOptions(mb, create);
  }
}
