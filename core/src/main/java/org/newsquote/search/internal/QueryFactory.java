package org.newsquote.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.builders.QueryTreeBuilder;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldableNode;
import org.apache.lucene.queryparser.flexible.core.nodes.MatchAllDocsQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNodeImpl;
import org.apache.lucene.queryparser.flexible.core.parser.EscapeQuerySyntax;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorImpl;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorPipeline;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.builders.StandardQueryBuilder;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.queryparser.flexible.standard.parser.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.QuerySyntaxException;
import org.newsquote.search.SearchRequest;
import org.newsquote.search.Target;

/**
 * Turns a {@link SearchRequest} into a Lucene query for articles or quotes: the query language (Lucene's standard
 * syntax, AND by default, our fields and date forms) plus the request's filters. Every failure becomes a {@link
 * QuerySyntaxException} with a column; no parser dump reaches the user. Thread-safe: a parser is made per call
 * (Lucene's is not thread-safe, and making one is cheap).
 */
public final class QueryFactory {
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private QueryFactory() {}

  /** The parsed query text alone (no type or request filters, no joins). */
  public static Query parseText(String text, Target target) {
    return parse(text, target, false);
  }

  /**
   * What the highlighter looks for in a hit's text: the query text with {@code quote:} conditions of an article search
   * read in the body (which holds the quote's words) and conditions the hit's own document cannot show left out (see
   * {@link BlockJoins#forHighlighting}).
   */
  public static Query highlightQuery(String text, Target target, Query parsed) {
    // Parsing costs about a tenth of a search: parse again only when there are quote: words to read in the body.
    boolean again = target == Target.ARTICLES && BlockJoins.fields(parsed).contains(IndexSchema.QUOTE);
    return BlockJoins.forHighlighting(again ? parse(text, target, true) : parsed, target);
  }

  private static Query parse(String text, Target target, boolean quoteWordsInBody) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    String prepared = QueryLint.check(text);
    StandardQueryParser parser = new StandardQueryParser(IndexSchema.ANALYZER);
    parser.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setMultiFields(
        target == Target.QUOTES ? IndexSchema.QUOTE_DEFAULT_FIELDS : IndexSchema.ARTICLE_DEFAULT_FIELDS);
    ((QueryNodeProcessorPipeline) parser.getQueryNodeProcessor()).add(0, new FieldCheck(text, target, quoteWordsInBody && target == Target.ARTICLES));
    ((QueryTreeBuilder) parser.getQueryBuilder()).setBuilder(DateRangeNode.class, (StandardQueryBuilder) DateRangeNode::build);
    try {
      return negationsAgainstAll(parser.parse(prepared, null));
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (QueryNodeException | RuntimeException e) {
      throw translate(text, e);
    } catch (StackOverflowError e) {
      // QueryLint bounds nesting, so this is a last line of defence only.
      throw new QuerySyntaxException(text, 1, "the query is nested too deeply", "simplify the query");
    }
  }

  /**
   * A group of only negated conditions ({@code -nato}, {@code NOT nato}, {@code kremlin AND (NOT drills)}) matches
   * nothing in Lucene, which reads as "no such articles" (exit 1); whoever writes it means everything else, as
   * {@code * -nato} already says, so each such group is given a match-all condition.
   */
  private static Query negationsAgainstAll(Query query) {
    if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    boolean onlyNegated = true;
    for (BooleanClause clause : bq.clauses()) {
      b.add(negationsAgainstAll(clause.query()), clause.occur());
      onlyNegated &= clause.occur() == BooleanClause.Occur.MUST_NOT;
    }
    if (onlyNegated) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /** The full query: the text, the document type and the request's filters. */
  public static Query build(SearchRequest request, Target target) {
    return build(request, target, parseText(request.query(), target));
  }

  /** The full query around an already parsed text query (conditions on the other kind of document are joined). */
  public static Query build(SearchRequest request, Target target, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query joined = datesAsFilters(BlockJoins.join(text, target));
    if (joined instanceof BooleanQuery bq && isConjunction(bq)) {
      // One flat conjunction rather than one nested in another: nested, Lucene scored every match of
      // trade date:[1987-06 TO 1988-06] (83,000 at a million articles) instead of skipping those that cannot make the
      // page.
      bq.clauses().forEach(b::add);
    } else {
      b.add(joined, BooleanClause.Occur.MUST);
    }
    if (!BlockJoins.onlyMatches(joined, target)) {
      // Only when needed: the filter is one more clause to check for every candidate (a sixth of the time of a
      // one-word search at a million articles), and words on title or body can only match articles anyway.
      String type = target == Target.QUOTES ? IndexSchema.TYPE_QUOTE : IndexSchema.TYPE_ARTICLE;
      b.add(new TermQuery(new Term(IndexSchema.TYPE, type)), BooleanClause.Occur.FILTER);
    }
    if (request.outlet() != null) {
      b.add(
          new TermQuery(new Term(IndexSchema.OUTLET, IndexSchema.foldOutlet(request.outlet()))),
          BooleanClause.Occur.FILTER);
    }
    if (request.speaker() != null) {
      Query speaker = new QueryBuilder(IndexSchema.NAME_ANALYZER).createPhraseQuery(IndexSchema.SPEAKER, request.speaker());
      if (speaker == null) {
        throw new IllegalArgumentException("speaker has no words to search for: '" + request.speaker() + "'");
      }
      b.add(target == Target.ARTICLES ? BlockJoins.toArticles(speaker) : speaker, BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      LocalDate from = request.from() == null ? LocalDate.of(0, 1, 1) : request.from();
      LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 31) : request.to();
      b.add(dateWithin(from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Whether a query holds only required, filtering and excluding clauses (so its clauses can join an outer one). */
  private static boolean isConjunction(BooleanQuery q) {
    return q.getMinimumNumberShouldMatch() == 0
        && !q.clauses().isEmpty()
        && q.clauses().stream().noneMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)
        && q.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST);
  }

  /**
   * A date condition next to words ({@code trade date:[1987-06 TO 1988-06]}) as a filter rather than a required
   * clause: it adds the same constant to every hit's score either way, so the ranking is the same, but as a required
   * scoring clause it stopped Lucene from skipping documents that cannot reach the top hits (at a million articles
   * that query visited 55,000 matches instead of about 5,000).
   */
  static Query datesAsFilters(Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    boolean scoredMust =
        bq.clauses().stream()
            .anyMatch(c -> c.occur() == BooleanClause.Occur.MUST && !(c.query() instanceof ConstantScoreQuery));
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      boolean date = c.occur() == BooleanClause.Occur.MUST && c.query() instanceof ConstantScoreQuery;
      b.add(datesAsFilters(c.query()), date && scoredMust ? BooleanClause.Occur.FILTER : c.occur());
    }
    return b.build();
  }

  /**
   * Documents whose date lies wholly within {@code [from, to]}: first and last day both in it. Each side is a
   * points-or-doc-values query, so a selective word leads and the dates of its candidates are checked from doc
   * values, while a date range alone is read from the points.
   */
  static Query dateWithin(LocalDate from, LocalDate to) {
    long lo = IndexSchema.dayKey(from);
    long hi = IndexSchema.dayKey(to);
    return new ConstantScoreQuery(
        new BooleanQuery.Builder()
            .add(LongField.newRangeQuery(IndexSchema.DATE, lo, hi), BooleanClause.Occur.FILTER)
            .add(LongField.newRangeQuery(IndexSchema.DATE_LAST, lo, hi), BooleanClause.Occur.FILTER)
            .build());
  }

  /** A failure of Lucene's parser or query builder as a message a user can act on. */
  static QuerySyntaxException translate(String query, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QuerySyntaxException q) {
        return q;
      }
      if (t instanceof IndexSearcher.TooManyClauses) {
        return tooManyClauses(query);
      }
      if (t instanceof TooComplexToDeterminizeException) {
        return new QuerySyntaxException(
            query, 1, "a wildcard or regular expression is too complex", "use a simpler pattern");
      }
      if (t instanceof StackOverflowError) {
        return new QuerySyntaxException(query, 1, "the query is nested too deeply", "simplify the query");
      }
      if (t instanceof ParseException pe && pe.currentToken != null) {
        return fromToken(query, pe.currentToken);
      }
      if (t instanceof Error || t.getClass().getSimpleName().equals("TokenMgrError")) {
        Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(t.getMessage()));
        int col = m.find() ? Integer.parseInt(m.group(1)) : 1;
        return new QuerySyntaxException(query, col, "unexpected character", "escape special characters with \\");
      }
    }
    String msg = String.valueOf(e.getMessage());
    if (msg.startsWith("Leading wildcard")) {
      return new QuerySyntaxException(
          query, firstLeadingWildcard(query), "a word cannot start with * or ?", "put at least one letter first");
    }
    return new QuerySyntaxException(
        query, 1, "cannot read the query", "check the quotes, brackets and field names", e);
  }

  public static QuerySyntaxException tooManyClauses(String query) {
    return new QuerySyntaxException(
        query,
        1,
        "the query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + " after expansion)",
        "use fewer words, or fewer fields per word");
  }

  private static QuerySyntaxException fromToken(String query, Token current) {
    Token next = current.next;
    int col = next == null ? query.length() + 1 : next.beginColumn + 1;
    boolean atEnd = next == null || next.image == null || next.image.isEmpty();
    String cur = current.image == null ? "" : current.image;
    if (atEnd && cur.equals(":")) {
      return new QuerySyntaxException(query, col, "the field has no value", "write field:word or field:\"a phrase\"");
    }
    if (atEnd && List.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-").contains(cur)) {
      return new QuerySyntaxException(
          query, col, "'" + cur + "' needs something after it", "add a word, or quote \"" + cur.toLowerCase(Locale.ROOT) + "\"");
    }
    if (atEnd) {
      return new QuerySyntaxException(query, col, "the query ends too early", "complete or remove the last part");
    }
    return new QuerySyntaxException(
        query, col, "unexpected '" + next.image + "'", "escape special characters with \\, or quote the phrase");
  }

  private static int firstLeadingWildcard(String query) {
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      boolean termStart = i == 0 || " \t\r\n(:".indexOf(query.charAt(i - 1)) >= 0;
      if ((c == '*' || c == '?') && termStart) {
        return i + 1;
      }
    }
    return 1;
  }

  /**
   * First processor of the pipeline: rejects unknown fields (and {@code body:} in quote search), turns date terms and
   * ranges into {@link DateRangeNode}s, and a lone {@code *} into match-all.
   */
  private static final class FieldCheck extends QueryNodeProcessorImpl {
    private final String query;
    private final Target target;
    private final boolean quoteWordsInBody;

    FieldCheck(String query, Target target, boolean quoteWordsInBody) {
      this.query = query;
      this.target = target;
      this.quoteWordsInBody = quoteWordsInBody;
    }

    @Override
    protected QueryNode preProcessNode(QueryNode node) {
      if (node.getParent() instanceof TermRangeQueryNode) {
        return node; // a bound, already checked with its range
      }
      if (node instanceof TermRangeQueryNode range) {
        if (isDate(range.getField())) {
          return dateRange(range);
        }
        checkField(range.getField(), range.getLowerBound().getBegin());
        return retarget(range);
      }
      if (node instanceof FieldQueryNode f) {
        String text = f.getTextAsString();
        if (text.equals("*") && !(node instanceof QuotedFieldQueryNode)
            && (f.getField() == null || "*".contentEquals(f.getField()))) {
          return new MatchAllDocsQueryNode();
        }
        if (isDate(f.getField())) {
          DateSyntax.Span span = date(text, f.getBegin());
          return new DateRangeNode(span.first(), span.last());
        }
        checkField(f.getField(), f.getBegin());
        return retarget(f);
      }
      if (node instanceof FieldableNode f) {
        if (isDate(f.getField())) {
          throw new QuerySyntaxException(
              query, columnOf(f.getField()), "date: takes a date or a range, not a pattern", "write date:2022-02 or date:[2022-01 TO 2022-03]");
        }
        checkField(f.getField(), -1);
        return retarget(f);
      }
      return node;
    }

    /** For highlighting an article: a quote's words are in the body, which is the field the highlighter reads. */
    private QueryNode retarget(FieldableNode node) {
      if (quoteWordsInBody && node.getField() != null && IndexSchema.QUOTE.contentEquals(node.getField())) {
        node.setField(IndexSchema.BODY);
      }
      return node;
    }

    private static boolean isDate(CharSequence field) {
      return field != null && IndexSchema.DATE.contentEquals(field);
    }

    private void checkField(CharSequence field, int begin) {
      if (field == null) {
        return;
      }
      String name = field.toString();
      if (!IndexSchema.QUERY_FIELDS.containsKey(name)) {
        int col = begin > name.length() ? begin - name.length() : columnOf(name);
        throw new QuerySyntaxException(
            query,
            col,
            "unknown field '" + name + "'",
            "fields are " + String.join(", ", IndexSchema.QUERY_FIELDS.keySet().stream().sorted().toList())
                + "; to search for a colon, escape it as \\:");
      }
      if (target == Target.QUOTES && IndexSchema.BODY.equals(name)) {
        throw new QuerySyntaxException(
            query, columnOf(name), "body: cannot be searched in quote search", "search articles, or use quote:");
      }
    }

    private int columnOf(CharSequence field) {
      int at = query.indexOf(field + ":");
      if (at < 0) {
        at = query.indexOf(field.toString());
      }
      return at < 0 ? 1 : at + 1;
    }

    private DateSyntax.Span date(String text, int begin) {
      try {
        return DateSyntax.parse(text);
      } catch (IllegalArgumentException e) {
        int at = query.indexOf(text);
        throw new QuerySyntaxException(
            query, at >= 0 ? at + 1 : begin + 1, e.getMessage(), "dates are 2022, 2022-02 or 2022-02-03");
      }
    }

    private QueryNode dateRange(TermRangeQueryNode range) {
      FieldQueryNode lo = range.getLowerBound();
      FieldQueryNode hi = range.getUpperBound();
      LocalDate from = LocalDate.of(0, 1, 1);
      LocalDate to = LocalDate.of(9999, 12, 31);
      DateSyntax.Span low = null;
      if (!isOpen(lo)) {
        low = date(lo.getTextAsString(), lo.getBegin());
        // An exclusive lower bound excludes the whole period it names.
        from = range.isLowerInclusive() ? low.first() : low.last().plusDays(1);
      }
      if (!isOpen(hi)) {
        DateSyntax.Span s = date(hi.getTextAsString(), hi.getBegin());
        // An inclusive upper bound includes the whole period it names: [* TO 2022-02] ends on 28 February.
        to = range.isUpperInclusive() ? s.last() : s.first().minusDays(1);
        if (low != null && low.first().isAfter(s.last())) {
          // Bounds written the wrong way round are a slip, not a question whose answer is "nothing": an empty
          // result (exit 1) would read as "no such articles".
          int at = query.indexOf(lo.getTextAsString());
          throw new QuerySyntaxException(query, at >= 0 ? at + 1 : lo.getBegin() + 1,
              "the range starts at " + lo.getTextAsString() + ", after it ends at " + hi.getTextAsString(),
              "put the earlier date first: date:[" + hi.getTextAsString() + " TO " + lo.getTextAsString() + "]");
        }
      }
      return new DateRangeNode(from, to);
    }

    private static boolean isOpen(FieldQueryNode bound) {
      String t = bound.getTextAsString();
      return t.isEmpty() || t.equals("*");
    }

    @Override
    protected QueryNode postProcessNode(QueryNode node) {
      return node;
    }

    @Override
    protected List<QueryNode> setChildrenOrder(List<QueryNode> children) {
      return children;
    }
  }

  /** A date condition already resolved to a span of days, built as a range over {@link IndexSchema#DATE}. */
  static final class DateRangeNode extends QueryNodeImpl {
    private final LocalDate from;
    private final LocalDate to;

    DateRangeNode(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      setLeaf(true);
    }

    static Query build(QueryNode node) {
      DateRangeNode d = (DateRangeNode) node;
      if (d.from.isAfter(d.to)) {
        return new org.apache.lucene.search.MatchNoDocsQuery("empty date range");
      }
      return dateWithin(d.from, d.to);
    }

    @Override
    public CharSequence toQueryString(EscapeQuerySyntax escaper) {
      return IndexSchema.DATE + ":[" + from + " TO " + to + "]";
    }

    @Override
    public String toString() {
      return "<date from='" + from + "' to='" + to + "'/>";
    }
  }
}
