package org.newsquote.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.newsquote.index.IndexException;
import org.newsquote.index.IndexSchema;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.internal.IndexChecks;
import org.newsquote.index.internal.WriterAccess;
import org.newsquote.search.internal.Cursors;
import org.newsquote.search.internal.FacetCollector;
import org.newsquote.search.internal.PartitionedSearcher;
import org.newsquote.search.internal.QueryFactory;
import org.newsquote.search.internal.SortOrders;
import org.newsquote.search.internal.SpeakerOrdinals;
import org.newsquote.search.internal.StoredArticles;
import org.newsquote.search.internal.StoredHits;
import org.newsquote.search.internal.TopDocsPage;

/**
 * Searches an index of articles and quotes. Thread-safe: one instance serves any number of threads; it sees the
 * index as of its last {@link #refresh()}. Opening never takes the write lock, so it works while another process
 * indexes. A search runs on the caller's thread alone, unless the searcher was opened with a {@link Parallelism}
 * (an executor the caller owns); newsquote starts no threads of its own.
 */
public final class NewsSearcher implements Closeable {

  /**
   * Up to this many hits the total is counted exactly; beyond it Lucene may skip non-competitive documents and report
   * a lower bound. {@link #count} is always exact. (10,000 until version 4 of the index: at a million articles
   * counting that far cost a phrase search more than half of its time.)
   */
  public static final int EXACT_TOTAL_THRESHOLD = 1_000;

  private final Path dir;
  private final Directory ownedDirectory;
  private final SearcherManager manager;
  /** Whether this searcher serves many searches, so that per-reader structures built on first use pay off. */
  private final boolean manySearches;
  /** The caller's threads one search may use, or null: each search runs on its caller's thread alone. */
  private final Parallelism parallelism;

  private NewsSearcher(
      Path dir, Directory ownedDirectory, SearcherManager manager, boolean manySearches, Parallelism parallelism) {
    this.dir = dir;
    this.ownedDirectory = ownedDirectory;
    this.manager = manager;
    this.manySearches = manySearches;
    this.parallelism = parallelism;
  }

  /**
   * Opens the index at {@code dir} read-only, memory-mapped: the right choice for a process that keeps the searcher
   * and runs many searches.
   *
   * @throws IndexException NOT_FOUND, VERSION_MISMATCH, CORRUPT or IO
   */
  public static NewsSearcher open(Path dir) {
    return open(dir, FSDirectory::open, true, null);
  }

  /**
   * As {@link #open(Path)}, but each search may also use the threads of {@code parallelism}'s executor, which the
   * caller owns: lower latency when cores are idle, for the same or more CPU per search (see {@link Parallelism}).
   * Results are the same as with {@link #open(Path)}.
   *
   * @throws IndexException NOT_FOUND, VERSION_MISMATCH, CORRUPT or IO
   */
  public static NewsSearcher open(Path dir, Parallelism parallelism) {
    Objects.requireNonNull(parallelism, "parallelism");
    return open(dir, FSDirectory::open, true, parallelism);
  }

  /**
   * Opens the index at {@code dir} read-only for a process that runs a few searches and exits, such as one command
   * line call. Files are read with positional reads instead of being memory-mapped: mapping sets up native calls
   * (about a tenth of a cold search's CPU time), while the few pages one search touches cost the same either way. A
   * long-running searcher should use {@link #open(Path)}.
   *
   * @throws IndexException NOT_FOUND, VERSION_MISMATCH, CORRUPT or IO
   */
  public static NewsSearcher openForFewSearches(Path dir) {
    return open(dir, NIOFSDirectory::new, false, null);
  }

  private interface DirectoryOpener {
    Directory open(Path dir) throws IOException;
  }

  private static NewsSearcher open(Path dir, DirectoryOpener opener, boolean manySearches, Parallelism parallelism) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw notFound(dir);
    }
    Directory directory = null;
    DirectoryReader reader = null;
    try {
      directory = opener.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        throw notFound(dir);
      }
      reader = DirectoryReader.open(directory);
      IndexChecks.checkVersion(dir, reader.getIndexCommit().getUserData());
      return new NewsSearcher(dir, directory, new SearcherManager(reader, null), manySearches, parallelism);
    } catch (IndexException e) {
      closeQuietly(reader);
      closeQuietly(directory);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader);
      closeQuietly(directory);
      throw IndexChecks.translate(dir, e);
    }
  }

  private static IndexException notFound(Path dir) {
    return new IndexException(
        IndexException.Reason.NOT_FOUND, dir, "no index at " + dir + ": run newsquote index PATH");
  }

  /**
   * A searcher over a writer of this process that sees its changes, committed or not, after each {@link #refresh()}.
   * Close it before the writer.
   */
  public static NewsSearcher open(NewsIndexWriter writer) {
    return open(writer, null);
  }

  /**
   * As {@link #open(NewsIndexWriter)}, with each search also using {@code parallelism}'s executor (see {@link
   * Parallelism}); null means none.
   */
  public static NewsSearcher open(NewsIndexWriter writer, Parallelism parallelism) {
    Objects.requireNonNull(writer, "writer");
    IndexWriter w = WriterAccess.luceneWriter(writer);
    try {
      return new NewsSearcher(writer.directory(), null, new SearcherManager(w, null), true, parallelism);
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(writer.directory(), e);
    }
  }

  /**
   * Articles matching the request.
   *
   * @throws QuerySyntaxException when the query cannot be parsed or is too costly
   * @throws IllegalArgumentException when the request's cursor belongs to another kind of search
   */
  public SearchResults<ArticleHit> search(SearchRequest request) {
    return run(request, Target.ARTICLES, IndexSchema.BODY, StoredHits::article);
  }

  /**
   * Single quotes matching the request: every condition on a speaker, role or quote words must hold in the same
   * quote; {@code title: outlet: date: id:} filter on the quote's article.
   *
   * @throws QuerySyntaxException when the query cannot be parsed or is too costly
   * @throws IllegalArgumentException when the request's cursor belongs to another kind of search
   */
  public SearchResults<QuoteHit> searchQuotes(SearchRequest request) {
    return run(request, Target.QUOTES, IndexSchema.QUOTE, StoredHits::quote);
  }

  private <H> SearchResults<H> run(
      SearchRequest request, Target target, String snippetField, TopDocsPage.HitMaker<H> hitMaker) {
    Objects.requireNonNull(request, "request");
    Query textQuery = QueryFactory.parseText(request.query(), target);
    Query query = QueryFactory.build(request, target, textQuery);
    Query highlightQuery = QueryFactory.highlightQuery(request.query(), target, textQuery);
    FieldDoc after = request.after() == null ? null : Cursors.decode(request.after(), target, request.sort());
    IndexSearcher base = acquire();
    try {
      IndexSearcher searcher = timed(base, request);
      org.apache.lucene.search.Sort sort = SortOrders.of(request.sort());
      int window = request.offset() + request.limit();
      TopFieldDocs top;
      try {
        top =
            searcher.search(
                query,
                                // One hit more than the page tells whether there is a next page.
                new TopFieldCollectorManager(sort, window + 1, after, Math.max(EXACT_TOTAL_THRESHOLD, window + 1)));
        if (request.sort() != Sort.RELEVANCE && top.scoreDocs.length > request.offset()) {
          // Scores are shown even in date order; computing them for one page is cheap.
          TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
      } catch (IndexSearcher.TooManyClauses e) {
        throw QueryFactory.tooManyClauses(request.query());
      }
      return TopDocsPage.results(searcher, top, request, target, snippetField, highlightQuery, parallelism, hitMaker);
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    } finally {
      release(base);
    }
  }

  /**
   * A searcher over the same reader with this request's time limit (the shared one must not carry a deadline), and
   * with the executor when there is one.
   */
  private IndexSearcher timed(IndexSearcher base, SearchRequest request) {
    IndexSearcher s =
        parallelism == null
            ? new IndexSearcher(base.getIndexReader())
            : new PartitionedSearcher(
                base.getIndexReader(), parallelism.executor(), parallelism.parts(), parallelism.minDocsPerPart());
    s.setSimilarity(base.getSimilarity());
    s.setTimeout(new QueryTimeoutImpl(Math.max(1, request.timeout().toMillis())));
    return s;
  }

  /** The exact number of articles or quotes matching (paging and snippet settings are ignored). */
  public long count(SearchRequest request, Target target) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(target, "target");
    Query query = QueryFactory.build(request, target);
    IndexSearcher base = acquire();
    try {
      return timed(base, request).count(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooManyClauses(request.query());
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    } finally {
      release(base);
    }
  }

  /** Counts of all matching articles by outlet, speaker (the top {@code topSpeakers}) and date. */
  public FacetCounts facets(SearchRequest request, int topSpeakers) {
    return facets(request, Target.ARTICLES, topSpeakers);
  }

  /** Counts of all matching articles or quotes by outlet, speaker (the top {@code topSpeakers}) and date. */
  public FacetCounts facets(SearchRequest request, Target target, int topSpeakers) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(target, "target");
    if (topSpeakers < 0) {
      throw new IllegalArgumentException("topSpeakers must be >= 0, got " + topSpeakers);
    }
    Query query = QueryFactory.build(request, target);
    IndexSearcher base = acquire();
    try {
      // A searcher kept for many searches numbers the speakers across segments once per reader; a one-off search
      // would pay for numbering every speaker of the index to count a few.
      SpeakerOrdinals speakers = manySearches && topSpeakers > 0 ? SpeakerOrdinals.of(base.getIndexReader()) : null;
      return timed(base, request).search(query, new FacetCollector.Manager(topSpeakers, speakers));
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooManyClauses(request.query());
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    } finally {
      release(base);
    }
  }

  /** The article with this id, with its body and quotes, or empty when the index has none. */
  public Optional<StoredArticle> article(String id) {
    Objects.requireNonNull(id, "id");
    IndexSearcher s = acquire();
    try {
      return StoredArticles.byId(s, id);
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    } finally {
      release(s);
    }
  }

  /** Counts of what the index holds and the versions that wrote it. */
  public IndexInfo info() {
    IndexSearcher s = acquire();
    try {
      long articles = s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)));
      long quotes = s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_QUOTE)));
      Map<String, String> data = Map.of();
      IndexReader r = s.getIndexReader();
      if (r instanceof DirectoryReader dr) {
        data = dr.getIndexCommit().getUserData();
      }
      String schema = data.getOrDefault(IndexSchema.COMMIT_SCHEMA_VERSION, "0");
      return new IndexInfo(
          articles,
          quotes,
          schema.matches("\\d{1,9}") ? Integer.parseInt(schema) : 0,
          data.getOrDefault(IndexSchema.COMMIT_LUCENE_VERSION, "unknown"),
          data.getOrDefault(IndexSchema.COMMIT_NEWSQUOTE_VERSION, "unknown"));
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    } finally {
      release(s);
    }
  }

  /** Picks up changes committed since opening (or, for a writer's searcher, made since); cheap when none. */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  /** Releases the index files; searches still running finish first. */
  @Override
  public void close() {
    try {
      manager.close();
      if (ownedDirectory != null) {
        ownedDirectory.close();
      }
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  private IndexSearcher acquire() {
    try {
      return manager.acquire();
    } catch (IOException | RuntimeException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  private void release(IndexSearcher s) {
    try {
      manager.release(s);
    } catch (IOException e) {
      throw IndexChecks.translate(dir, e);
    }
  }

  private static void closeQuietly(Closeable d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // Already failing with a more useful exception.
      }
    }
  }
}
