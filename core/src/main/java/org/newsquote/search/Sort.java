package org.newsquote.search;

/** The order of search results; ties are broken by id so that paging is stable. */
public enum Sort {
  /** Best match first. */
  RELEVANCE,
  /** Newest first; undated articles last. */
  DATE_DESC,
  /** Oldest first; undated articles last. */
  DATE_ASC
}
