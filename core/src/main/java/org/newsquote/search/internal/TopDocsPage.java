package org.newsquote.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.newsquote.search.Cursor;
import org.newsquote.search.Parallelism;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.SearchResults;
import org.newsquote.search.Snippet;
import org.newsquote.search.Target;

/**
 * Builds the requested page of results from a search's top documents: each hit's cursor, stored fields and snippets,
 * and the cursor of the next page. Stateless.
 */
public final class TopDocsPage {

  private TopDocsPage() {}

  /** Makes one hit record from its stored document and what was computed for it. */
  @FunctionalInterface
  public interface HitMaker<H> {
    H make(Document stored, float score, List<Snippet> snippets, Cursor cursor);
  }

  /**
   * The hits of {@code request}'s page of {@code top}, which {@code searcher} found with a window of one hit more than
   * the page; {@code parallelism} (the searcher's, or null) says in how many groups to read them.
   */
  public static <H> SearchResults<H> results(
      IndexSearcher searcher,
      TopFieldDocs top,
      SearchRequest request,
      Target target,
      String snippetField,
      Query highlightQuery,
      Parallelism parallelism,
      HitMaker<H> hitMaker)
      throws IOException {
    int window = request.offset() + request.limit();
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(window, all.length);
    if (request.limit() == 0) {
      to = from;
    }
    int n = to - from;
    List<Cursor> cursors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      FieldDoc fd = (FieldDoc) all[from + i];
      cursors.add(Cursors.encode(target, request.sort(), fd.fields[0], (BytesRef) fd.fields[1]));
    }
    // Reading and highlighting the page: in as many groups as the search had parts, each with its own stored-fields
    // reader and highlighter (neither is thread-safe), on the searcher's executor; without one, a single group on
    // this thread.
    int groups = parallelism == null ? 1 : Math.max(1, Math.min(parallelism.parts(), n));
    List<Callable<List<H>>> tasks = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      int gFrom = from + (int) ((long) n * g / groups);
      int gTo = from + (int) ((long) n * (g + 1) / groups);
      List<Cursor> groupCursors = cursors.subList(gFrom - from, gTo - from);
      tasks.add(
          () -> page(searcher, all, gFrom, gTo, request, snippetField, highlightQuery, groupCursors, hitMaker));
    }
    List<H> hits = new ArrayList<>(n);
    for (List<H> part : searcher.getTaskExecutor().invokeAll(tasks)) {
      hits.addAll(part);
    }
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    boolean more = n > 0 && all.length > window;
    Optional<Cursor> next = more ? Optional.of(cursors.get(n - 1)) : Optional.empty();
    return new SearchResults<>(hits, top.totalHits.value(), exact, next, searcher.timedOut());
  }

  /** The hits {@code all[from, to)} with their stored fields and snippets. */
  private static <H> List<H> page(
      IndexSearcher searcher,
      ScoreDoc[] all,
      int from,
      int to,
      SearchRequest request,
      String snippetField,
      Query highlightQuery,
      List<Cursor> cursors,
      HitMaker<H> hitMaker)
      throws IOException {
    int n = to - from;
    int[] docIds = new int[n];
    float[] scores = new float[n];
    List<Document> docs = new ArrayList<>(n);
    List<String> texts = new ArrayList<>(n);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < n; i++) {
      FieldDoc fd = (FieldDoc) all[from + i];
      docIds[i] = fd.doc;
      // Sorting by (score, id) leaves FieldDoc.score unset (NaN): the score is the first sort value then.
      scores[i] = fd.fields[0] instanceof Float relevance ? relevance : fd.score;
      Document d = stored.document(fd.doc);
      docs.add(d);
      String text = d.get(snippetField);
      texts.add(text == null ? "" : text);
    }
    List<List<Snippet>> snippets =
        new Snippets(searcher, request.snippetCount(), request.snippetSize())
            .of(snippetField, highlightQuery, docIds, texts);
    List<H> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      hits.add(hitMaker.make(docs.get(i), scores[i], snippets.get(i), cursors.get(i)));
    }
    return hits;
  }
}
