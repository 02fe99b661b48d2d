package org.newsquote.search;

import java.util.Objects;

/**
 * What an index holds and which software wrote it, as of the searcher's last refresh.
 *
 * @param articles number of articles
 * @param quotes number of quotes
 * @param schemaVersion the schema version recorded at the last commit
 * @param luceneVersion the Lucene version recorded at the last commit
 * @param newsquoteVersion the newsquote version recorded at the last commit
 */
public record IndexInfo(long articles, long quotes, int schemaVersion, String luceneVersion, String newsquoteVersion) {
  public IndexInfo {
    if (articles < 0 || quotes < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got articles=" + articles + " quotes=" + quotes);
    }
    Objects.requireNonNull(luceneVersion, "luceneVersion");
    Objects.requireNonNull(newsquoteVersion, "newsquoteVersion");
  }
}
