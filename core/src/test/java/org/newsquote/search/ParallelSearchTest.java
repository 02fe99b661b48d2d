package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;
import org.newsquote.search.internal.PartitionedSearcher;

/**
 * A searcher with an executor gives the same answers as one without: hits, order, scores, snippets, cursors page by
 * page, exact totals and facets, on an index of several segments and on the same articles merged into one segment,
 * with every segment cut into ranges (the minimum range size is lowered to one document so that this small index is
 * really split).
 */
class ParallelSearchTest {
  private static final String[] WORDS = {
    "oil", "crude", "prices", "opec", "trade", "dollar", "market", "interest", "rates", "bank", "said", "the", "a",
    "of", "in", "rose", "fell", "sharply", "output", "talks", "minister", "deficit", "exports", "imports", "week",
    "analysts", "expected", "shares", "tariffs", "wheat", "grain", "yen", "budget", "government", "higher", "lower"
  };
  private static final String[] SPEAKERS = {"James Baker", "Ann Baker", "Chen Li", "Dana Ruiz", "Omar Haddad"};
  private static final String[] OUTLETS = {"Wire", "Daily Ledger", "Harbour Post", "Gazette"};
  private static final int ARTICLES = 420;

  @TempDir static Path several;
  @TempDir static Path one;
  static ExecutorService pool;

  @BeforeAll
  static void build() throws IOException {
    List<ExtractedArticle> articles = articles();
    try (NewsIndexWriter w = NewsIndexWriter.open(several, WriterOptions.defaults())) {
      for (int i = 0; i < articles.size(); i++) {
        put(w, articles.get(i));
        if (i % 70 == 69) {
          w.commit(); // one segment per commit
        }
      }
    }
    try (NewsIndexWriter w = NewsIndexWriter.open(one, WriterOptions.defaults())) {
      for (ExtractedArticle a : articles) {
        put(w, a);
      }
      w.commit();
      w.mergeToOneSegment();
    }
    assertTrue(segments(several) >= 4, "segments: " + segments(several));
    assertEquals(1, segments(one));
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdown();
  }

  private static void put(NewsIndexWriter w, ExtractedArticle a) {
    w.put(a, "corpus/" + a.article().id() + ".txt", "hash-" + a.article().id());
  }

  private static int segments(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.leaves().size();
    }
  }

  /** Articles of our own made-up sentences: varied lengths (so scores differ) and repeated ones (so scores tie). */
  private static List<ExtractedArticle> articles() {
    Random random = new Random(7);
    List<ExtractedArticle> out = new ArrayList<>();
    for (int n = 0; n < ARTICLES; n++) {
      StringBuilder body = new StringBuilder();
      int sentences = n % 5 == 0 ? 2 : 2 + random.nextInt(12);
      List<String[]> quoted = new ArrayList<>();
      for (int s = 0; s < sentences; s++) {
        String sentence = sentence(n % 5 == 0 ? new Random(s) : random);
        if (s % 3 == 1) {
          String speaker = SPEAKERS[(n + s) % SPEAKERS.length];
          body.append('\u201c').append(sentence).append(",\u201d ").append(speaker).append(" said. ");
          quoted.add(new String[] {sentence + ",", speaker});
        } else {
          body.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append(". ");
        }
      }
      String text = body.toString().strip();
      Quote[] quotes =
          quoted.stream()
              .map(q -> Fixtures.quote(text, q[0], q[1], "official", "said", QuoteKind.DIRECT))
              .toArray(Quote[]::new);
      LocalDate day = LocalDate.of(2021, 1, 1).plusDays(n * 37L % 700);
      DateValue date =
          switch (n % 7) {
            case 0 -> null;
            case 1 -> DateValue.ofMonth(day.getYear(), day.getMonthValue());
            case 2 -> DateValue.ofYear(day.getYear());
            default -> DateValue.ofDay(day);
          };
      String title = sentence(random);
      out.add(Fixtures.article("p" + n, n % 11 == 0 ? null : OUTLETS[n % OUTLETS.length], date, title, text, quotes));
    }
    return out;
  }

  private static String sentence(Random random) {
    int words = 5 + random.nextInt(10);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static final List<String> QUERIES =
      List.of(
          "oil",
          "\"oil prices\"",
          "(oil OR crude) AND prices -opec",
          "trade date:[2021-06-01 TO 2022-03-31]",
          "speaker:baker quote:dollar",
          "",
          "outlet:wire",
          "pric*",
          "tarifs~1",
          "title:market",
          "date:2022");

  @Test
  void sameResultsOnSeveralSegments() {
    compare(several);
  }

  @Test
  void sameResultsOnOneSegment() {
    compare(one);
  }

  private static void compare(Path index) {
    try (NewsSearcher plain = NewsSearcher.open(index);
        NewsSearcher parallel = NewsSearcher.open(index, new Parallelism(pool, 3, 1))) {
      int compared = 0;
      for (String q : QUERIES) {
        for (Sort sort : Sort.values()) {
          SearchRequest r = SearchRequest.builder(q).sort(sort).limit(10).build();
          SearchResults<ArticleHit> a = plain.search(r);
          assertSame(a, parallel.search(r), q + " " + sort);
          assertSame(plain.searchQuotes(r), parallel.searchQuotes(r), "quotes " + q + " " + sort);
          if (sort == Sort.RELEVANCE) {
            SearchRequest offset = SearchRequest.builder(q).sort(sort).limit(4).offset(3).build();
            assertSame(plain.search(offset), parallel.search(offset), "offset " + q + " " + sort);
          }
          compared += a.hits().size();
          if (q.isEmpty() || q.equals("oil")) {
            pageThrough(plain, parallel, q, sort);
          }
        }
        for (Target target : Target.values()) {
          SearchRequest r = SearchRequest.builder(q).build();
          assertEquals(plain.count(r, target), parallel.count(r, target), "count " + q);
          for (int top : new int[] {3, 100}) {
            assertEquals(plain.facets(r, target, top), parallel.facets(r, target, top), "facets " + q + " " + top);
          }
        }
      }
      assertTrue(compared > 200, "hits compared: " + compared);
      FacetCounts all = parallel.facets(SearchRequest.builder("").build(), 100);
      assertEquals(ARTICLES, all.total());
      assertEquals(ARTICLES, all.outlets().stream().mapToLong(Count::count).sum() + ARTICLES / 11 + 1);
    }
  }

  private static <H> void assertSame(SearchResults<H> expected, SearchResults<H> actual, String what) {
    assertEquals(expected.hits(), actual.hits(), what);
    assertEquals(expected.next(), actual.next(), what);
    assertFalse(expected.timedOut() || actual.timedOut(), what);
    // Every count here is below the exact threshold, so both must be exact and equal.
    assertTrue(expected.totalIsExact() && actual.totalIsExact(), what);
    assertEquals(expected.totalHits(), actual.totalHits(), what);
  }

  /** Every page of 30, following the cursors, gives the same hits in the same order. */
  private static void pageThrough(NewsSearcher plain, NewsSearcher parallel, String q, Sort sort) {
    Optional<Cursor> a = Optional.empty();
    Optional<Cursor> b = Optional.empty();
    int pages = 0;
    do {
      SearchResults<ArticleHit> pa =
          plain.search(SearchRequest.builder(q).sort(sort).limit(30).after(a.orElse(null)).build());
      SearchResults<ArticleHit> pb =
          parallel.search(SearchRequest.builder(q).sort(sort).limit(30).after(b.orElse(null)).build());
      assertSame(pa, pb, "page " + pages + " of " + q + " " + sort);
      a = pa.next();
      b = pb.next();
      pages++;
    } while (a.isPresent() && pages < 100);
  }

  /**
   * Joins between an article and its quotes (one block of documents: the quotes, then the article) give the same
   * hits when a range boundary falls inside a block: with 2 to 5 ranges over the one segment, the boundaries land at
   * many places in the blocks.
   */
  @Test
  void joinsAcrossRangeBoundaries() {
    List<String> articleQueries = List.of("speaker:baker", "quote:dollar oil", "speaker:li -quote:oil", "oil");
    List<String> quoteQueries = List.of("title:market", "outlet:wire speaker:baker", "date:2022 quote:oil", "rates");
    try (NewsSearcher plain = NewsSearcher.open(one)) {
      for (int parts = 2; parts <= 5; parts++) {
        try (NewsSearcher parallel = NewsSearcher.open(one, new Parallelism(pool, parts, 1))) {
          for (String q : articleQueries) {
            SearchRequest r = SearchRequest.builder(q).limit(500).snippets(0, 100).build();
            SearchResults<ArticleHit> a = plain.search(r);
            assertTrue(a.hits().size() > 5, q + ": " + a.hits().size());
            assertSame(a, parallel.search(r), parts + " parts: " + q);
          }
          for (String q : quoteQueries) {
            SearchRequest r = SearchRequest.builder(q).limit(500).snippets(0, 100).build();
            SearchResults<QuoteHit> a = plain.searchQuotes(r);
            assertTrue(a.hits().size() > 5, q + ": " + a.hits().size());
            assertSame(a, parallel.searchQuotes(r), parts + " parts, quotes: " + q);
          }
        }
      }
    }
  }

  @Test
  void eachSegmentIsCutIntoRanges() throws IOException {
    try (FSDirectory d = FSDirectory.open(one);
        DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher.LeafSlice[] slices = PartitionedSearcher.slices(r.leaves(), 3, 1);
      assertEquals(3, slices.length);
      int covered = 0;
      for (IndexSearcher.LeafSlice s : slices) {
        assertEquals(1, s.partitions.length);
        covered += s.partitions[0].maxDocId - s.partitions[0].minDocId;
      }
      assertEquals(r.maxDoc(), covered);
      // The default minimum keeps a small index whole: one slice, no thread handed any work.
      assertEquals(1, PartitionedSearcher.slices(r.leaves(), 3, Parallelism.DEFAULT_MIN_DOCS_PER_PART).length);
    }
  }

  /** An executor that rejects the parts (here: shut down) leaves them to the calling thread: same results. */
  @Test
  void aShutDownExecutorStillAnswers() {
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();
    try (NewsSearcher plain = NewsSearcher.open(one);
        NewsSearcher parallel = NewsSearcher.open(one, new Parallelism(closed, 2, 1))) {
      SearchRequest r = SearchRequest.builder("oil").limit(20).build();
      assertSame(plain.search(r), parallel.search(r), "oil");
      assertEquals(plain.facets(r, 5), parallel.facets(r, 5));
    }
  }

  @Test
  void rejectsFewerThanTwoParts() {
    assertThrows(IllegalArgumentException.class, () -> new Parallelism(pool, 1));
    assertThrows(NullPointerException.class, () -> new Parallelism(null, 2));
  }
}
