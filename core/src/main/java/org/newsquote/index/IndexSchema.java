package org.newsquote.index;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.newsquote.index.internal.DenseNorms;

/**
 * The index layout: every field name, how it is indexed and why, and the analyzer of each field. Nothing else in
 * newsquote spells a field name. Stateless; its analyzers are thread-safe.
 *
 * <p>The index holds two kinds of document, told apart by {@link #TYPE}: one <em>article</em> document per article
 * and one <em>quote</em> document per quote, written together as one block (the quotes first, the article last) so
 * that replacing an article replaces its quotes atomically, and so that searches can join the two with Lucene's block
 * join ({@link #ARTICLE_SIDE_FIELDS}, {@link #QUOTE_SIDE_FIELDS}). "Who said what" is matched inside a single quote
 * document. Each piece of text is indexed once (schema version 4): the quote words only on the quote document (the
 * article's body already holds them), the title only on the article. A quote document keeps its own copy of what
 * makes quote filters, sorts, facets and hits cheap without a join: the outlet and the date (points and doc values),
 * and the title stored (not indexed, {@link #QUOTE_ARTICLE_TITLE}) for display.
 *
 * <p>Analysis: text ({@link #TITLE}, {@link #BODY}, {@link #QUOTE}, {@link #ROLE}) is split by Unicode word rules,
 * has the English possessive {@code 's} removed, is lower-cased and folded to ASCII ({@code Café} = {@code cafe}).
 * There is deliberately no stemming and no stop-word removal: people search quotations for exact words and phrases
 * ({@code "will not attack"} must not match {@code "would not attack"}, and {@code "to be or not to be"} must keep
 * its stop words), and a light stemmer conflates common news words ({@code news}/{@code new}). Variants are found
 * with wildcards ({@code sanction*}). Names ({@link #SPEAKER}) get the same folding without the possessive rule;
 * outlets are matched whole ({@code outlet:rt} is {@code RT}, not a word inside another outlet's name).
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Bumped whenever documents written by an older version would be read wrongly: such an index must be rebuilt. */
  public static final int SCHEMA_VERSION = 4;

  // ---- commit user data -----------------------------------------------------------------------------------------

  /** Commit user-data key: the {@link #SCHEMA_VERSION} the index was written with. */
  public static final String COMMIT_SCHEMA_VERSION = "newsquote.schema";
  /** Commit user-data key: the Lucene version that wrote the last commit. */
  public static final String COMMIT_LUCENE_VERSION = "lucene.version";
  /** Commit user-data key: the newsquote version that wrote the last commit. */
  public static final String COMMIT_NEWSQUOTE_VERSION = "newsquote.version";

  // ---- fields on every document ---------------------------------------------------------------------------------

  /** StringField: {@link #TYPE_ARTICLE} or {@link #TYPE_QUOTE}; every search filters on it. */
  public static final String TYPE = "type";

  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_QUOTE = "quote";

  /**
   * StringField, stored: the article id, on the article and on each of its quotes, so one term replaces or deletes
   * the whole block; it is also the query language's {@code id:} (matched exactly: {@code id:"politics/001"}).
   */
  public static final String ID = "id";

  /**
   * SortedDocValues only: a key unique within its document type (the article id; for a quote the article id, a NUL
   * and the zero-padded quote number), the last sort key so that equal scores or dates page stably.
   */
  public static final String UID = "uid";

  /**
   * StringField, stored, and SortedDocValues: the file the article was read from, on every document, so one term
   * deletes a file; the doc values list the indexed files without reading stored fields.
   */
  public static final String FILE = "file";

  /**
   * Outlet, on every document. Indexed whole with case and accents folded (so {@code outlet:rt} finds {@code RT}
   * and {@code outlet:"press tv"} finds {@code Press TV}), stored as written for display.
   */
  public static final String OUTLET = "outlet";

  /** SortedDocValues: the outlet exactly as written, for counting hits by outlet. */
  public static final String OUTLET_FACET = "outlet_facet";

  /**
   * LongField (points and doc values): the first day the date covers as {@code yyyymmdd}, on every dated document;
   * its doc values count days, months and years for facets. {@code yyyymmdd} keeps calendar order and reads plainly
   * in a debugger. It is also the query language's {@code date:}, with {@link #DATE_LAST}.
   */
  public static final String DATE = "date";

  /**
   * LongField (points and doc values): the last day ({@code yyyymmdd}) the date covers. Date queries match documents
   * whose span ({@link #DATE} to this) lies within the asked span, so an article dated only "2022" matches {@code
   * date:2022} but not {@code date:2022-02}: we do not know it is from February, and placing it on 1 January would
   * put it in January's results. Two point-and-doc-values fields rather than one points-only range field: with doc
   * values a selective word leads and the dates are checked for its candidates only, instead of collecting every
   * document of a wide date range from the points first.
   */
  public static final String DATE_LAST = "date_last";

  /** NumericDocValues: the date-time in seconds since the epoch (read as UTC), for sorting by date. */
  public static final String DATE_SORT = "date_sort";

  /**
   * NumericDocValues: the date's {@link org.newsquote.model.DateValue.Precision} ordinal, so that an article dated
   * only to the year is not counted in its January.
   */
  public static final String DATE_PRECISION = "date_precision";

  /** Stored only: the date as ISO text cut to its precision, to rebuild the {@code DateValue}. */
  public static final String DATE_ISO = "date_iso";

  // ---- article documents ----------------------------------------------------------------------------------------

  /** Text with offsets in the postings (the highlighter reads them instead of re-analysing), stored. */
  public static final String TITLE = "title";

  /**
   * Text with positions and offsets in the postings, stored for snippets: the highlighter reads match offsets from
   * the postings instead of re-analysing long bodies. (Version 2 left the offsets out to save about a sixth of the
   * index size; version 3 puts them back, trading that size for highlighting cost.)
   */
  public static final String BODY = "body";

  /** SortedDocValues, stored: the content hash of {@link #FILE}, for incremental indexing. */
  public static final String FILE_HASH = "file_hash";

  /** Stored only: the source path as the reader gave it. */
  public static final String SOURCE_PATH = "source_path";

  /** Stored only: the source's JSON Lines line, 0 for a whole file. */
  public static final String SOURCE_LINE = "source_line";

  /** Stored only: the article's address. */
  public static final String URL = "url";

  // ---- quote documents (article searches reach these fields through a block join) ------------------------------

  /**
   * Text with offsets, stored: the quoted words. Only on quote documents: the article's {@link #BODY} holds the same
   * words, so an article search for {@code quote:} joins from the quote documents and highlights the words in the
   * body.
   */
  public static final String QUOTE = "quote";

  /** Text, stored: the speaker's name, folded so that {@code speaker:peskov} finds {@code Peskov}. */
  public static final String SPEAKER = "speaker";

  /**
   * SortedSetDocValues: speaker names as written, for counting the top speakers of a query; on quote documents and
   * (every speaker of its quotes) on article documents, so that counting an article search needs no join.
   */
  public static final String SPEAKER_FACET = "speaker_facet";

  /** Text, stored: the speaker's role as the article gives it. */
  public static final String ROLE = "role";

  /**
   * Stored only, quote documents: the article's title, for showing a quote hit without reading its article. Not
   * {@link #TITLE}: Lucene wants one field indexed the same way in every document, and {@code title:} in a quote
   * search joins to the article, which indexes it.
   */
  public static final String QUOTE_ARTICLE_TITLE = "article_title";

  /** StringField, stored, quote documents: the attribution verb, lower-cased. */
  public static final String CUE = "cue";

  /** StringField, stored, quote documents: {@code direct} or {@code partial}. */
  public static final String KIND = "kind";

  /** Stored only, quote documents: the quote's position in its article (0-based), to list quotes in text order. */
  public static final String QUOTE_NUMBER = "quote_number";

  /** Stored only, quote documents: offsets of the quote in the body and the rule that attributed it. */
  public static final String QUOTE_START = "quote_start";

  public static final String QUOTE_END = "quote_end";
  public static final String QUOTE_RULE = "quote_rule";

  /** Quote-search fields that words without a field search. */
  public static final String[] QUOTE_DEFAULT_FIELDS = {QUOTE, SPEAKER};

  /** Article-search fields that words without a field search (the body holds the quotes' words too). */
  public static final String[] ARTICLE_DEFAULT_FIELDS = {TITLE, BODY};

  /** Fields indexed only on quote documents: an article search reaches them through a block join. */
  public static final Set<String> QUOTE_SIDE_FIELDS = Set.of(QUOTE, SPEAKER, ROLE, CUE, KIND);

  /** Fields indexed only on article documents: a quote search reaches them through a block join. */
  public static final Set<String> ARTICLE_SIDE_FIELDS = Set.of(TITLE, BODY);

  /** The fields a user may name in a query, mapped to the index field each one searches. */
  public static final Map<String, String> QUERY_FIELDS =
      Map.of(
          "title", TITLE,
          "body", BODY,
          "quote", QUOTE,
          "speaker", SPEAKER,
          "role", ROLE,
          "outlet", OUTLET,
          "date", DATE,
          "id", ID);

  /** The text fields with offsets in their postings ({@link #TEXT_STORED}): what the highlighter reads. */
  public static final Set<String> OFFSET_FIELDS = Set.of(TITLE, BODY, QUOTE);

  /** Positions between the values of a multi-valued text field: more than any phrase slop a user would type. */
  public static final int POSITION_GAP = 100;

  // ---- field types ----------------------------------------------------------------------------------------------

  /** Tokenised text with positions and offsets, stored. */
  public static final FieldType TEXT_STORED = textType(true);

  /** Tokenised text with positions and offsets, not stored (same index options so the field stays consistent). */
  public static final FieldType TEXT_INDEXED = textType(false);

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * The codec: Lucene's default with DEFLATE-compressed stored fields. Stored text is about half of an index with
   * LZ4 (the default); DEFLATE shrinks it by about half again, and a search decompresses only the page it shows.
   * Title and body norms are written for every document ({@link DenseNorms}), so scoring reads them without a sparse
   * lookup.
   */
  public static Codec codec() {
    // Named as Lucene's codec on purpose: the files are the stock format, read by the stock codec (no service
    // registration needed to open the index); only the norms written for title and body differ (see DenseNorms).
    return new FilterCodec("Lucene104", new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION)) {
      private final NormsFormat norms = new DenseNorms(delegate.normsFormat(), ARTICLE_SIDE_FIELDS);

      @Override
      public NormsFormat normsFormat() {
        return norms;
      }
    };
  }

  // ---- analysis -------------------------------------------------------------------------------------------------

  /** Word split, possessive removed, lower case, ASCII folding: see the class comment. */
  public static final Analyzer TEXT_ANALYZER = new FoldingAnalyzer(true);

  /** Word split, lower case, ASCII folding: names. */
  public static final Analyzer NAME_ANALYZER = new FoldingAnalyzer(false);

  /** The whole value as one token, lower case, ASCII folding: outlets. */
  public static final Analyzer OUTLET_ANALYZER = new WholeValueFoldingAnalyzer();

  /** The analyzer for writing and for parsing queries: the right one for each field. */
  public static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          TEXT_ANALYZER,
          // A HashMap, not Map.of: the query parser asks for the analyzer of the null (default) field.
          new java.util.HashMap<>(Map.of(
              SPEAKER, NAME_ANALYZER,
              OUTLET, OUTLET_ANALYZER,
              // Exact values: the query parser must see ids and dates unsplit.
              ID, new KeywordAnalyzer(),
              DATE, new KeywordAnalyzer(),
              FILE, new KeywordAnalyzer(),
              TYPE, new KeywordAnalyzer(),
              KIND, new KeywordAnalyzer(),
              CUE, new KeywordAnalyzer())));

  /** A date's first day as stored in {@link #DATE}: {@code yyyymmdd}. */
  public static long dayKey(LocalDate day) {
    return day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
  }

  /** The day of a {@link #dayKey} value. */
  public static LocalDate dayOfKey(long key) {
    return LocalDate.of((int) (key / 10_000), (int) (key / 100 % 100), (int) (key % 100));
  }

  /** Lower-cases and folds a whole value as {@link #OUTLET_ANALYZER} does, for building filters. */
  public static String foldOutlet(String outlet) {
    return OUTLET_ANALYZER.normalize(OUTLET, outlet).utf8ToString();
  }

  private static final class FoldingAnalyzer extends Analyzer {
    private final boolean possessive;

    FoldingAnalyzer(boolean possessive) {
      this.possessive = possessive;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = possessive ? new EnglishPossessiveFilter(source) : source;
      return new TokenStreamComponents(source, normalize(fieldName, ts));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return POSITION_GAP;
    }
  }

  private static final class WholeValueFoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, normalize(fieldName, source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
