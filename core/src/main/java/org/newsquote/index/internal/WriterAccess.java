package org.newsquote.index.internal;

import java.util.function.Function;
import org.apache.lucene.index.IndexWriter;
import org.newsquote.index.NewsIndexWriter;

/**
 * Hands a {@link NewsIndexWriter}'s Lucene writer to the searcher of the same process for near-real-time search,
 * without making it part of the public API. Set once by {@link NewsIndexWriter}'s class initialiser.
 */
public final class WriterAccess {
  private static volatile Function<NewsIndexWriter, IndexWriter> access;

  private WriterAccess() {}

  public static void set(Function<NewsIndexWriter, IndexWriter> f) {
    access = f;
  }

  public static IndexWriter luceneWriter(NewsIndexWriter w) {
    if (access == null) {
      // Force NewsIndexWriter's class initialisation, which registers the accessor.
      try {
        Class.forName(NewsIndexWriter.class.getName(), true, NewsIndexWriter.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return access.apply(w);
  }
}
