package org.newsquote.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsquote.search.Cursor;
import org.newsquote.search.NewsSearcher;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.SearchResults;
import org.newsquote.search.Sort;
import org.newsquote.search.Target;

/**
 * Checks on a real index that a searcher with an executor answers exactly as one without: for each query in each
 * order, article and quote search (hits with scores, snippets and cursors, next-page cursors, exact totals), five
 * pages followed by cursor, the exact count and the facets. Prints one line per difference and a summary; exits 1 if
 * any. Run as a program: {@code ParallelCheck INDEX_DIR [THREADS=2]}.
 */
public final class ParallelCheck {
  private ParallelCheck() {}

  private static final List<String> QUERIES =
      List.of(
          "oil",
          "\"interest rates\"",
          "(oil OR crude) AND prices -opec",
          "speaker:baker quote:dollar",
          "trade date:[1987-06-01 TO 1988-06-30]",
          "outlet:reuters",
          "opec*",
          "dolar~1",
          "\"oil prices\"~3",
          "title:wheat",
          "date:1987-04",
          "baker");

  public static void main(String[] args) {
    Path index = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int differences = 0;
    int checks = 0;
    try (QueryThreads pool = QueryThreads.of(threads);
        NewsSearcher plain = NewsSearcher.open(index);
        NewsSearcher parallel = QueryBench.open(index, pool.parts(), pool.pool())) {
      for (String q : QUERIES) {
        for (Sort sort : Sort.values()) {
          Optional<Cursor> a = Optional.empty();
          Optional<Cursor> b = Optional.empty();
          for (int page = 0; page < 5; page++) {
            SearchResults<?> ra = plain.search(request(q, sort, a));
            SearchResults<?> rb = parallel.search(request(q, sort, b));
            differences += differ(ra, rb, q + " " + sort + " page " + page);
            checks++;
            a = ra.next();
            b = rb.next();
            if (a.isEmpty()) {
              break;
            }
          }
          differences += differ(plain.searchQuotes(request(q, sort, Optional.empty())),
              parallel.searchQuotes(request(q, sort, Optional.empty())), "quotes " + q + " " + sort);
          checks++;
        }
        for (Target t : Target.values()) {
          SearchRequest r = SearchRequest.builder(q).build();
          long ca = plain.count(r, t);
          long cb = parallel.count(r, t);
          if (ca != cb) {
            System.out.println("DIFF count " + t + " " + q + ": " + ca + " vs " + cb);
            differences++;
          }
          if (!plain.facets(r, t, 10).equals(parallel.facets(r, t, 10))) {
            System.out.println("DIFF facets " + t + " " + q);
            differences++;
          }
          checks += 2;
        }
      }
    }
    System.out.println(checks + " comparisons, " + differences + " differences (" + threads + " threads)");
    if (differences > 0) {
      System.exit(1);
    }
  }

  private static SearchRequest request(String q, Sort sort, Optional<Cursor> after) {
    return SearchRequest.builder(q).sort(sort).limit(10).after(after.orElse(null)).build();
  }

  private static int differ(SearchResults<?> a, SearchResults<?> b, String what) {
    boolean same = a.hits().equals(b.hits()) && a.next().equals(b.next()) && a.timedOut() == b.timedOut();
    // A lower bound may stop at another count when the parts run in another order; an exact total may not differ.
    if (a.totalIsExact() && b.totalIsExact()) {
      same &= a.totalHits() == b.totalHits();
    }
    if (!same) {
      System.out.println("DIFF " + what + ": totals " + a.totalHits() + (a.totalIsExact() ? "" : "+") + " vs "
          + b.totalHits() + (b.totalIsExact() ? "" : "+") + ", hits equal " + Objects.equals(a.hits(), b.hits()));
      return 1;
    }
    return 0;
  }
}
