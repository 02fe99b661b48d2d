/**
 * newsquote: read news articles, extract who said what, index and search them with Lucene.
 */
module org.newsquote.core {
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.join;
  requires org.jsoup;
  requires com.fasterxml.jackson.databind;

  exports org.newsquote;
  exports org.newsquote.model;
  exports org.newsquote.ingest;
  exports org.newsquote.extract;
  exports org.newsquote.index;
  exports org.newsquote.search;
}
