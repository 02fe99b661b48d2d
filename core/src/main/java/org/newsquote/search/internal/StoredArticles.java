package org.newsquote.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.newsquote.index.IndexSchema;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;
import org.newsquote.model.SourceRef;
import org.newsquote.search.StoredArticle;

/** Reads one article back from the index by its id, with its body and its quotes in their stored order. Stateless. */
public final class StoredArticles {

  private StoredArticles() {}

  /** The article with this id as {@code s} sees it, or empty when there is none. */
  public static Optional<StoredArticle> byId(IndexSearcher s, String id) throws IOException {
    Query articleQuery = ofType(id, IndexSchema.TYPE_ARTICLE);
    ScoreDoc[] found = s.search(articleQuery, 1).scoreDocs;
    if (found.length == 0) {
      return Optional.empty();
    }
    StoredFields stored = s.storedFields();
    Document a = stored.document(found[0].doc);
    Query quoteQuery = ofType(id, IndexSchema.TYPE_QUOTE);
    int quoteCount = Math.max(1, s.count(quoteQuery));
    org.apache.lucene.search.Sort byUid =
        new org.apache.lucene.search.Sort(new SortField(IndexSchema.UID, SortField.Type.STRING));
    List<Quote> quotes = new ArrayList<>();
    for (ScoreDoc sd : s.search(quoteQuery, quoteCount, byUid).scoreDocs) {
      Document q = stored.document(sd.doc);
      quotes.add(
          new Quote(
              q.get(IndexSchema.QUOTE),
              q.getField(IndexSchema.QUOTE_START).numericValue().intValue(),
              q.getField(IndexSchema.QUOTE_END).numericValue().intValue(),
              q.get(IndexSchema.SPEAKER),
              q.get(IndexSchema.ROLE),
              q.get(IndexSchema.CUE),
              QuoteKind.valueOf(q.get(IndexSchema.KIND).toUpperCase(java.util.Locale.ROOT)),
              q.get(IndexSchema.QUOTE_RULE)));
    }
    return Optional.of(
        new StoredArticle(
            a.get(IndexSchema.ID),
            new SourceRef(
                a.get(IndexSchema.SOURCE_PATH), a.getField(IndexSchema.SOURCE_LINE).numericValue().intValue()),
            a.get(IndexSchema.FILE),
            a.get(IndexSchema.FILE_HASH),
            a.get(IndexSchema.OUTLET),
            StoredDates.of(a),
            a.get(IndexSchema.TITLE),
            a.get(IndexSchema.BODY),
            a.get(IndexSchema.URL),
            quotes));
  }

  private static Query ofType(String id, String type) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }
}
