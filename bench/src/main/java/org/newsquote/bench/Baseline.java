package org.newsquote.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.newsquote.index.IndexSchema;

/** What the baseline shares with newsquote: field names, the text field type and the analyzer. Stateless. */
final class Baseline {
  private Baseline() {}

  /** The analyzer newsquote indexes with (per field; title and body get its text analyzer). */
  static Analyzer analyzer() {
    return IndexSchema.ANALYZER;
  }

  /** Title and body: tokenised, positions and offsets, stored, exactly as newsquote indexes them. */
  static FieldType textType() {
    return IndexSchema.TEXT_STORED;
  }
}
