package org.newsquote.index;

/**
 * The index layout: every field name, how it is indexed and why, and the analyzer of each field. Nothing else in
 * newsquote spells a field name. Stateless; its analyzers are thread-safe.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Bumped whenever documents written by an older version would be read wrongly: such an index must be rebuilt. */
  public static final int SCHEMA_VERSION = 1;
}
