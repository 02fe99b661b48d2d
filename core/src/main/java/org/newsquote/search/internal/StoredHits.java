package org.newsquote.search.internal;

import java.util.List;
import org.apache.lucene.document.Document;
import org.newsquote.index.IndexSchema;
import org.newsquote.model.QuoteKind;
import org.newsquote.search.ArticleHit;
import org.newsquote.search.Cursor;
import org.newsquote.search.QuoteHit;
import org.newsquote.search.Snippet;

/** Makes article and quote hits from their stored documents and what the search computed for them. Stateless. */
public final class StoredHits {

  private StoredHits() {}

  /** An article hit from an article document. */
  public static ArticleHit article(Document d, float score, List<Snippet> snippets, Cursor cursor) {
    return new ArticleHit(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.OUTLET),
        StoredDates.of(d),
        d.get(IndexSchema.TITLE),
        score,
        snippets,
        cursor);
  }

  /** A quote hit from a quote document. */
  public static QuoteHit quote(Document d, float score, List<Snippet> snippets, Cursor cursor) {
    return new QuoteHit(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.SPEAKER),
        d.get(IndexSchema.ROLE),
        d.get(IndexSchema.QUOTE),
        d.get(IndexSchema.CUE),
        QuoteKind.valueOf(d.get(IndexSchema.KIND).toUpperCase(java.util.Locale.ROOT)),
        d.get(IndexSchema.OUTLET),
        StoredDates.of(d),
        d.get(IndexSchema.QUOTE_ARTICLE_TITLE),
        score,
        snippets,
        cursor);
  }
}
