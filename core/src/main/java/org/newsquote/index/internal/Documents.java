package org.newsquote.index.internal;

import static org.newsquote.index.IndexSchema.*;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;

/** Turns an article and its quotes into the block of Lucene documents {@link org.newsquote.index.IndexSchema} describes. */
public final class Documents {
  private Documents() {}

  /** The unique sort key of a quote document. */
  public static String quoteUid(String articleId, int number) {
    // What String.format("%06d") gives, without parsing a format string for every quote.
    String digits = Integer.toString(number);
    StringBuilder b = new StringBuilder(articleId.length() + 7 + digits.length());
    b.append(articleId).append('\u0000');
    if (number >= 0) {
      for (int i = digits.length(); i < 6; i++) {
        b.append('0');
      }
      b.append(digits);
    } else {
      b.append('-');
      for (int i = digits.length() - 1; i < 5; i++) {
        b.append('0');
      }
      b.append(digits, 1, digits.length());
    }
    return b.toString();
  }

  /** The quote documents followed by the article document: the block join needs the parent last. */
  public static List<Document> block(ExtractedArticle extracted, String file, String fileHash) {
    Article a = extracted.article();
    List<Document> docs = new ArrayList<>(extracted.quotes().size() + 1);
    Shared shared = new Shared(a);
    int n = 0;
    for (Quote q : extracted.quotes()) {
      docs.add(quote(a, q, n++, file, shared));
    }
    docs.add(article(extracted, file, fileHash, shared));
    return docs;
  }

  private static Document article(ExtractedArticle extracted, String file, String fileHash, Shared shared) {
    Article a = extracted.article();
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(UID, new BytesRef(a.id())));
    d.add(new StringField(FILE, file, Field.Store.YES));
    d.add(new SortedDocValuesField(FILE, shared.fileBytes(file)));
    d.add(new SortedDocValuesField(FILE_HASH, new BytesRef(fileHash)));
    d.add(new StoredField(FILE_HASH, fileHash));
    d.add(new StoredField(SOURCE_PATH, a.source().path()));
    d.add(new StoredField(SOURCE_LINE, a.source().line()));
    if (a.url() != null) {
      d.add(new StoredField(URL, a.url()));
    }
    shared.addTo(d);
    d.add(new Field(TITLE, a.title(), TEXT_STORED));
    d.add(new Field(BODY, a.text(), TEXT_STORED));
    // Quote words, speakers and roles are indexed on the quote documents only (searches join); the speakers' doc
    // values stay here so that counting an article search's speakers needs no join.
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : extracted.quotes()) {
      if (q.speaker() != null) {
        speakers.add(q.speaker());
      }
    }
    for (String s : speakers) {
      d.add(new SortedSetDocValuesField(SPEAKER_FACET, new BytesRef(s)));
    }
    return d;
  }

  private static Document quote(Article a, Quote q, int number, String file, Shared shared) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_QUOTE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(UID, new BytesRef(quoteUid(a.id(), number))));
    d.add(new StringField(FILE, file, Field.Store.NO));
    // Lucene requires the same doc-values type for a field in every document that has it.
    d.add(new SortedDocValuesField(FILE, shared.fileBytes(file)));
    shared.addTo(d);
    d.add(new StoredField(QUOTE_ARTICLE_TITLE, a.title()));
    d.add(new Field(QUOTE, q.text(), TEXT_STORED));
    if (q.speaker() != null) {
      d.add(new TextField(SPEAKER, q.speaker(), Field.Store.YES));
      d.add(new SortedSetDocValuesField(SPEAKER_FACET, new BytesRef(q.speaker())));
    }
    if (q.role() != null) {
      d.add(new TextField(ROLE, q.role(), Field.Store.YES));
    }
    if (q.cue() != null) {
      d.add(new StringField(CUE, q.cue().toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField(CUE, q.cue()));
    }
    d.add(new StringField(KIND, q.kind().label(), Field.Store.YES));
    d.add(new StoredField(QUOTE_NUMBER, number));
    d.add(new StoredField(QUOTE_START, q.start()));
    d.add(new StoredField(QUOTE_END, q.end()));
    d.add(new StoredField(QUOTE_RULE, q.rule()));
    return d;
  }

  /**
   * Outlet and date: on the article and copied to each quote, for quote filters, sorts and facets without a join.
   * Computed once per article (the date's ISO text, keys and the UTF-8 bytes), not once per document of its block;
   * Lucene copies values as it adds a document, so the documents of a block may share them.
   */
  private static final class Shared {
    private final String outlet;
    private final BytesRef outletBytes;
    private final DateValue date;
    private final long firstDay;
    private final long lastDay;
    private final long epochSecond;
    private final int precision;
    private final String iso;
    private String file;
    private BytesRef fileBytes;

    Shared(Article a) {
      outlet = a.outlet();
      outletBytes = outlet == null ? null : new BytesRef(outlet);
      date = a.date();
      if (date != null) {
        firstDay = dayKey(date.firstDay());
        lastDay = dayKey(date.lastDay());
        epochSecond = date.value().toEpochSecond(ZoneOffset.UTC);
        precision = date.precision().ordinal();
        iso = date.toIsoString();
      } else {
        firstDay = lastDay = epochSecond = precision = 0;
        iso = null;
      }
    }

    BytesRef fileBytes(String f) {
      if (!f.equals(file)) {
        file = f;
        fileBytes = new BytesRef(f);
      }
      return fileBytes;
    }

    void addTo(Document d) {
      if (outlet != null) {
        d.add(new TextField(OUTLET, outlet, Field.Store.YES));
        d.add(new SortedDocValuesField(OUTLET_FACET, outletBytes));
      }
      if (date != null) {
        d.add(new LongField(DATE, firstDay, Field.Store.NO));
        d.add(new LongField(DATE_LAST, lastDay, Field.Store.NO));
        d.add(new NumericDocValuesField(DATE_SORT, epochSecond));
        d.add(new NumericDocValuesField(DATE_PRECISION, precision));
        d.add(new StoredField(DATE_ISO, iso));
      }
    }
  }
}
