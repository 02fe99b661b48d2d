package org.newsquote.search.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Match offsets from the postings with weight matches, from one {@link Weight} per search instead of one per
 * highlighted document. Lucene's strategy rewrites the query, builds a searcher and a weight, and looks every term up in
 * the segment's term dictionary again for each document it highlights (a seventh of a one-word search at a million
 * articles); here the weight is built once over the whole index and its per-segment term lookups serve every
 * document in that segment. The matches are the same: the query's meaning does not depend on which reader
 * rewrote it, except for queries that expand patterns (wildcards, fuzzy words, regular expressions), whose expansion
 * may pick other terms per segment than over the whole index; those keep Lucene's per-document path. One instance
 * per highlighted field of one search; not thread-safe.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {
  private final IndexReader reader;
  private final boolean expandsPatterns;
  private Map<LeafReader, LeafReaderContext> leaves;
  private Weight weight;

  SharedWeightOffsets(UHComponents components, IndexReader reader) {
    super(components);
    this.reader = reader;
    this.expandsPatterns = expandsPatterns(components.query());
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
      throws IOException {
    LeafReaderContext context = expandsPatterns ? null : contextOf(leafReader);
    if (context == null) {
      super.createOffsetsEnumsWeightMatcher(leafReader, docId, results);
      return;
    }
    if (weight == null) {
      // As Lucene's strategy does: no query cache, no scores.
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    Matches matches = weight.matches(context, docId);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.fieldMatcher().test(field)) {
        MatchesIterator it = matches.getMatches(field);
        if (it != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
        }
      }
    }
  }

  /** The index's own context of a segment the highlighter hands over, or null when it wrapped the segment. */
  private LeafReaderContext contextOf(LeafReader leafReader) {
    if (leaves == null) {
      leaves = new IdentityHashMap<>();
      for (LeafReaderContext c : reader.leaves()) {
        leaves.put(c.reader(), c);
      }
    }
    return leaves.get(leafReader);
  }

  /** Whether the query holds a pattern that is expanded into terms against an index (see the class comment). */
  private static boolean expandsPatterns(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }
}
