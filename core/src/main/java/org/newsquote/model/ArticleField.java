package org.newsquote.model;

/** The article fields whose origin is recorded in {@link Article#decidedBy()}. */
public enum ArticleField {
  ID,
  OUTLET,
  DATE,
  TITLE,
  BODY,
  URL
}
