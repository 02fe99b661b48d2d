package org.newsquote.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.Snippet;

/**
 * Highlights one field of a page of hits with Lucene's {@link UnifiedHighlighter}: offsets come from the postings
 * (title, body, quote: no re-analysis), phrases are one match (weight matches), whole fields are read however long (no 10,000-character
 * cut-off), and passages aim at the requested size. A hit whose field has no match gets its lead sentence instead.
 * One instance per search; not thread-safe.
 */
public final class Snippets {
  /** The highlighter reads the whole field: a match deep in a long article must still be found. */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 1;

  private final Highlighter highlighter;
  private final int count;
  private final int size;

  public Snippets(IndexSearcher searcher, int count, int size) {
    this.count = count;
    this.size = size;
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(searcher, IndexSchema.ANALYZER)
            .withMaxLength(MAX_LENGTH)
            .withWeightMatches(true)
            .withHighlightPhrasesStrictly(true)
            .withFormatter(new SpanFormatter())
            .withScorer(new PassageScores())
            .withMaxNoHighlightPassages(0)
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), size, 0.5f));
    this.highlighter = new Highlighter(b);
  }

  /**
   * Snippets of {@code field} for each of {@code docs}, in order; {@code texts} are the stored field values, used for
   * the lead-sentence fallback.
   */
  public List<List<Snippet>> of(String field, Query query, int[] docs, List<String> texts) throws IOException {
    List<List<Snippet>> out = new ArrayList<>(docs.length);
    if (count == 0 || docs.length == 0) {
      for (int i = 0; i < docs.length; i++) {
        out.add(List.of());
      }
      return out;
    }
    int[] maxPassages = {count};
    Map<Integer, String> preloaded = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      preloaded.put(docs[i], texts.get(i));
    }
    Object[] found = highlighter.highlight(field, query, docs, maxPassages, preloaded);
    for (int i = 0; i < docs.length; i++) {
      @SuppressWarnings("unchecked")
      List<Snippet> s = found[i] instanceof List<?> l ? (List<Snippet>) l : List.of();
      if (s.stream().allMatch(x -> x.matches().isEmpty())) {
        String lead = leadSentence(texts.get(i), size);
        s = lead.isEmpty() ? List.of() : List.of(new Snippet(lead, List.of()));
      }
      out.add(s);
    }
    return out;
  }

  /** The first sentence of {@code text}, cut at a word boundary near {@code max} characters (marked with …). */
  public static String leadSentence(String text, int max) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "";
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(t);
    int end = it.next();
    String first = t.substring(0, end == BreakIterator.DONE ? t.length() : end).strip();
    // A paragraph break ends the lead even when the line has no full stop (headlines, datelines).
    int para = first.indexOf('\n');
    if (para > 0) {
      first = first.substring(0, para).strip();
    }
    if (first.length() <= max) {
      return first;
    }
    int cut = first.lastIndexOf(' ', max - 1);
    return first.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  /**
   * Exposes the highlighter's per-document results as objects (our formatter's lists) rather than strings, and hands
   * it the field values the caller has already read: with DEFLATE stored fields, reading a document again costs a
   * second decompression of its block, which was about a third of a search's time.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private Map<Integer, String> preloaded = Map.of();

    Highlighter(Builder b) {
      super(b);
    }

    Object[] highlight(String field, Query query, int[] docs, int[] maxPassages, Map<Integer, String> texts)
        throws IOException {
      preloaded = texts;
      try {
        Map<String, Object[]> m = highlightFieldsAsObjects(new String[] {field}, query, docs, maxPassages);
        return m.get(field);
      } finally {
        preloaded = Map.of();
      }
    }

    /**
     * The schema says which fields have offsets in their postings; asking Lucene means merging every segment's field
     * infos, once per search since a highlighter lives for one search.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return IndexSchema.OFFSET_FIELDS.contains(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /** Offsets from the postings through one weight for all the hits (see {@link SharedWeightOffsets}). */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      if (source == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
        return new SharedWeightOffsets(components, searcher.getIndexReader());
      }
      return super.getOffsetStrategy(source, components);
    }

    /** The preloaded values in the iterator's (document id) order; the stored fields for any other document. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      if (fields.length != 1 || preloaded.isEmpty()) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      int chars = 0;
      do {
        int doc = docIter.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        String text = preloaded.get(doc);
        values.add(new CharSequence[] {text});
        chars += text == null ? 0 : text.length();
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return values;
    }
  }
}
