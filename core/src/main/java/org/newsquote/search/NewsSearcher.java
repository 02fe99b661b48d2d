package org.newsquote.search;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Optional;
import org.newsquote.index.NewsIndexWriter;

/**
 * Searches an index of articles and quotes. Thread-safe: one instance serves any number of threads; it sees the
 * index as of its last {@link #refresh()}. Opening never takes the write lock, so it works while another process
 * indexes.
 */
public final class NewsSearcher implements Closeable {

  private NewsSearcher() {}

  /**
   * Opens the index at {@code dir} read-only.
   *
   * @throws org.newsquote.index.IndexException NOT_FOUND, VERSION_MISMATCH, CORRUPT or IO
   */
  public static NewsSearcher open(Path dir) {
    throw new UnsupportedOperationException("not yet");
  }

  /** A searcher over a writer of this process that sees its changes, committed or not, after each {@link #refresh()}. */
  public static NewsSearcher open(NewsIndexWriter writer) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Articles matching the request.
   *
   * @throws QuerySyntaxException when the query cannot be parsed or is too costly
   */
  public SearchResults<ArticleHit> search(SearchRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Single quotes matching the request: every condition on a speaker, role or quote words must hold in the same
   * quote; {@code title: outlet: date: id:} filter on the quote's article.
   *
   * @throws QuerySyntaxException when the query cannot be parsed or is too costly
   */
  public SearchResults<QuoteHit> searchQuotes(SearchRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The exact number of articles or quotes matching (paging and snippet settings are ignored). */
  public long count(SearchRequest request, Target target) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Counts of all matching articles by outlet, speaker (the top {@code topSpeakers}) and date. */
  public FacetCounts facets(SearchRequest request, int topSpeakers) {
    return facets(request, Target.ARTICLES, topSpeakers);
  }

  /** Counts of all matching articles or quotes by outlet, speaker (the top {@code topSpeakers}) and date. */
  public FacetCounts facets(SearchRequest request, Target target, int topSpeakers) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The article with this id, with its body and quotes, or empty when the index has none. */
  public Optional<StoredArticle> article(String id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Counts of what the index holds and the versions that wrote it. */
  public IndexInfo info() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Picks up changes committed since opening (or, for a writer's searcher, made since); cheap when none. */
  public void refresh() {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("not yet");
  }
}
