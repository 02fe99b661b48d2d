package org.newsquote.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** What the baseline shares with newsquote: the analyzer of the text fields. Stateless. */
final class Baseline {
  private Baseline() {}

  /** The analyzer newsquote indexes title and body with. */
  static Analyzer analyzer() {
    return new StandardAnalyzer(); // replaced by IndexSchema's once the search branch lands
  }
}
