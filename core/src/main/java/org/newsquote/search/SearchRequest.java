package org.newsquote.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to search for and how to page, sort and highlight the answer. Build one with {@link #builder(String)}; the
 * record checks every setting. Immutable.
 *
 * <p>The query language is Lucene's standard syntax over the fields {@code title: body: quote: speaker: role:
 * outlet: date: id:}; words without a field search title, body and quotes (in a quote search: the quote and its
 * speaker); all words must match unless joined with {@code OR}. Dates: {@code date:2022}, {@code date:2022-02},
 * {@code date:2022-02-03}, {@code date:[2022-01-01 TO 2022-02]}, {@code date:[* TO 2022-02]}, {@code
 * date:>=2022-01-01}; an upper bound covers its whole day, month or year.
 *
 * @param query the query text; blank means every article (or quote), narrowed by the filters
 * @param limit the page size
 * @param offset hits to skip before the page (prefer {@code after} for deep paging)
 * @param sort the order
 * @param outlet only hits from this outlet (case and accents ignored), or null
 * @param speaker only quotes (or articles with a quote) by this speaker (case and accents ignored), or null
 * @param from only hits dated on or after this day, or null
 * @param to only hits dated on or before this day, or null
 * @param after continue after this hit of a previous page with the same query and sort, or null
 * @param snippetCount how many passages to return per hit; 0 for none
 * @param snippetSize the aimed length of a passage in characters
 * @param timeout how long the search may run before it returns what it has found
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    Sort sort,
    String outlet,
    String speaker,
    LocalDate from,
    LocalDate to,
    Cursor after,
    int snippetCount,
    int snippetSize,
    Duration timeout) {

  public static final int DEFAULT_LIMIT = 10;
  /** Offset plus limit may not exceed this: deeper pages are reached with {@link #after()}, which costs no more. */
  public static final int MAX_WINDOW = 10_000;
  public static final int DEFAULT_SNIPPET_COUNT = 2;
  public static final int MAX_SNIPPET_COUNT = 20;
  public static final int DEFAULT_SNIPPET_SIZE = 200;
  public static final int MIN_SNIPPET_SIZE = 20;
  public static final int MAX_SNIPPET_SIZE = 10_000;
  /** Long enough for any human query, short enough that parsing one stays instant. */
  public static final int MAX_QUERY_LENGTH = 200_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query must be at most " + MAX_QUERY_LENGTH + " characters, got " + query.length());
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if ((long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "offset + limit must be <= " + MAX_WINDOW + " (page deeper with a cursor), got " + ((long) offset + limit));
    }
    Objects.requireNonNull(sort, "sort");
    outlet = blankToNull(outlet);
    speaker = blankToNull(speaker);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, got from=" + from + " to=" + to);
    }
    if (after != null && offset != 0) {
      throw new IllegalArgumentException("offset must be 0 when paging with a cursor, got " + offset);
    }
    if (snippetCount < 0 || snippetCount > MAX_SNIPPET_COUNT) {
      throw new IllegalArgumentException(
          "snippetCount must be in [0, " + MAX_SNIPPET_COUNT + "], got " + snippetCount);
    }
    if (snippetSize < MIN_SNIPPET_SIZE || snippetSize > MAX_SNIPPET_SIZE) {
      throw new IllegalArgumentException(
          "snippetSize must be in [" + MIN_SNIPPET_SIZE + ", " + MAX_SNIPPET_SIZE + "], got " + snippetSize);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A builder with the defaults: 10 hits, relevance order, 2 snippets of about 200 characters, 10 s time limit. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A request for the same hits with another page setting. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.limit = limit;
    b.offset = offset;
    b.sort = sort;
    b.outlet = outlet;
    b.speaker = speaker;
    b.from = from;
    b.to = to;
    b.after = after;
    b.snippetCount = snippetCount;
    b.snippetSize = snippetSize;
    b.timeout = timeout;
    return b;
  }

  /** Collects the settings of a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private final String query;
    private int limit = DEFAULT_LIMIT;
    private int offset;
    private Sort sort = Sort.RELEVANCE;
    private String outlet;
    private String speaker;
    private LocalDate from;
    private LocalDate to;
    private Cursor after;
    private int snippetCount = DEFAULT_SNIPPET_COUNT;
    private int snippetSize = DEFAULT_SNIPPET_SIZE;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder(String query) {
      this.query = Objects.requireNonNull(query, "query");
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder speaker(String speaker) {
      this.speaker = speaker;
      return this;
    }

    /** Only hits dated within {@code [from, to]}; either may be null for an open end. */
    public Builder dateRange(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    public Builder after(Cursor after) {
      this.after = after;
      return this;
    }

    public Builder snippets(int count, int size) {
      this.snippetCount = count;
      this.snippetSize = size;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query, limit, offset, sort, outlet, speaker, from, to, after, snippetCount, snippetSize, timeout);
    }
  }
}
