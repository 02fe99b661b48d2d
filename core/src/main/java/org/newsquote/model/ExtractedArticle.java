package org.newsquote.model;

import java.util.List;
import java.util.Objects;

/**
 * An article together with the quotes extracted from it: the unit that is indexed and that {@code newsquote extract}
 * prints.
 *
 * @param article the article
 * @param quotes its quotes in text order
 */
public record ExtractedArticle(Article article, List<Quote> quotes) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
  }
}
