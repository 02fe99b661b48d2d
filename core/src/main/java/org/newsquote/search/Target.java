package org.newsquote.search;

/** What a search counts or returns: whole articles or single quotes. */
public enum Target {
  ARTICLES,
  QUOTES
}
