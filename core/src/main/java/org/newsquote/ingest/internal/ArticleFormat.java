package org.newsquote.ingest.internal;

import java.util.stream.Stream;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;

/**
 * Reads one input format. Implementations are stateless and thread-safe.
 *
 * <p>The returned stream is lazy and owns whatever it opened: closing it (as {@code flatMap} does) releases the file.
 * Problems go to {@link ReadContext#problems()}; a broken record is reported and skipped, never thrown, and an empty
 * stream is returned when nothing could be read.
 */
public interface ArticleFormat {
  Stream<Article> read(InputFile file, ReadContext context);
}
