package org.newsquote.extract;

import java.util.List;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;

/**
 * Finds every direct quotation in an article and attributes it to a speaker. Immutable and thread-safe: one instance
 * serves any number of threads.
 */
public final class QuoteExtractor {
  private QuoteExtractor() {}

  /** The extractor with newsquote's standard rules. */
  public static QuoteExtractor standard() {
    return new QuoteExtractor();
  }

  /** The quotes of {@code article} in text order; empty when it has none. */
  public List<Quote> extract(Article article) {
    throw new UnsupportedOperationException("not yet");
  }

  /** {@code article} with its quotes. */
  public ExtractedArticle apply(Article article) {
    return new ExtractedArticle(article, extract(article));
  }
}
