package org.newsquote.search.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.Target;

/**
 * Puts the block join into a parsed query: each word, phrase or pattern on a field that only the other kind of
 * document indexes ({@link IndexSchema#QUOTE_SIDE_FIELDS} in an article search, {@link
 * IndexSchema#ARTICLE_SIDE_FIELDS} in a quote search) is wrapped in a join from that kind of document, so each
 * condition keeps the meaning it had when the fields were copied: an article search's {@code speaker:kirby} holds
 * when any quote of the article is Kirby's, a quote search's {@code title:iran} when the quote's article has it in
 * its title. Stateless and thread-safe; the article bit sets are cached per segment by {@link #ARTICLES}.
 */
public final class BlockJoins {
  /** The parent (article) documents of each segment, cached per segment core so refreshes reuse them. */
  static final BitSetProducer ARTICLES =
      new QueryBitSetProducer(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)));

  private BlockJoins() {}

  /** The query with every condition on the other kind of document joined. */
  public static Query join(Query query, Target target) {
    return adapt(query, otherSide(target), false, target);
  }

  /**
   * The query for the highlighter: conditions on the other kind of document cannot be shown in this one's text, so
   * they match everything (and are left out where they exclude). Without this, a weight-matches highlighter sees a
   * required condition that the document itself does not satisfy and marks nothing.
   */
  public static Query forHighlighting(Query query, Target target) {
    return adapt(query, otherSide(target), true, target);
  }

  /** A condition on quote documents as a condition on their articles: the best-scoring quote scores the article. */
  public static Query toArticles(Query quoteQuery) {
    return new ToParentBlockJoinQuery(quoteQuery, ARTICLES, ScoreMode.Max);
  }

  /**
   * Whether every document the (joined) query matches is of the target's kind, so that the type filter can be left
   * out: it requires a field that only that kind indexes.
   */
  public static boolean onlyMatches(Query q, Target target) {
    if (q instanceof BooleanQuery bq) {
      boolean anyRequired = false;
      for (BooleanClause c : bq.clauses()) {
        if (c.isRequired()) {
          anyRequired = true;
          if (onlyMatches(c.query(), target)) {
            return true;
          }
        }
      }
      if (anyRequired) {
        return false;
      }
      // No required clause: a match matches one of the optional ones (pure exclusions match nothing).
      List<Query> optional =
          bq.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.SHOULD).map(BooleanClause::query).toList();
      return !optional.isEmpty() && optional.stream().allMatch(c -> onlyMatches(c, target));
    }
    if (q instanceof BoostQuery bq) {
      return onlyMatches(bq.getQuery(), target);
    }
    if (q instanceof ToParentBlockJoinQuery || q instanceof ToChildBlockJoinQuery) {
      // A join matches only the target's kind too, but keeps the filter: without it Lucene may score a required join
      // with the join's own bulk scorer, which collected an article that a join under NOT had excluded
      // (quote:attack -quote:intention).
      return false;
    }
    Set<String> own = target == Target.ARTICLES ? IndexSchema.ARTICLE_SIDE_FIELDS : IndexSchema.QUOTE_SIDE_FIELDS;
    Set<String> fields = fields(q);
    return !fields.isEmpty() && own.containsAll(fields);
  }

  private static Set<String> otherSide(Target target) {
    return target == Target.ARTICLES ? IndexSchema.QUOTE_SIDE_FIELDS : IndexSchema.ARTICLE_SIDE_FIELDS;
  }

  private static Query adapt(Query q, Set<String> other, boolean highlight, Target target) {
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        if (highlight && c.occur() == BooleanClause.Occur.MUST_NOT && touches(c.query(), other)) {
          continue;
        }
        b.add(adapt(c.query(), other, highlight, target), c.occur());
      }
      return b.build();
    }
    if (q instanceof BoostQuery bq) {
      return new BoostQuery(adapt(bq.getQuery(), other, highlight, target), bq.getBoost());
    }
    Set<String> fields = fields(q);
    if (fields.isEmpty() || !other.containsAll(fields)) {
      // Both kinds index it (id, outlet, date), or it is this kind's own field. The query parser makes one leaf
      // per field (a word without a field is a disjunction of per-field leaves), so a leaf never mixes sides.
      return q;
    }
    if (highlight) {
      return new MatchAllDocsQuery();
    }
    return target == Target.ARTICLES ? toArticles(q) : new ToChildBlockJoinQuery(q, ARTICLES);
  }

  private static boolean touches(Query q, Set<String> other) {
    for (String f : fields(q)) {
      if (other.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Every field a query reads. */
  public static Set<String> fields(Query q) {
    Set<String> fields = new HashSet<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              fields.add(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            fields.add(field);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
  }
}
