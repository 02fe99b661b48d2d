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
    return articleId + '\u0000' + String.format(Locale.ROOT, "%06d", number);
  }

  /** The quote documents followed by the article document: the block join needs the parent last. */
  public static List<Document> block(ExtractedArticle extracted, String file, String fileHash) {
    Article a = extracted.article();
    List<Document> docs = new ArrayList<>(extracted.quotes().size() + 1);
    int n = 0;
    for (Quote q : extracted.quotes()) {
      docs.add(quote(a, q, n++, file));
    }
    docs.add(article(extracted, file, fileHash));
    return docs;
  }

  private static Document article(ExtractedArticle extracted, String file, String fileHash) {
    Article a = extracted.article();
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(UID, new BytesRef(a.id())));
    d.add(new StringField(FILE, file, Field.Store.YES));
    d.add(new SortedDocValuesField(FILE, new BytesRef(file)));
    d.add(new SortedDocValuesField(FILE_HASH, new BytesRef(fileHash)));
    d.add(new StoredField(FILE_HASH, fileHash));
    d.add(new StoredField(SOURCE_PATH, a.source().path()));
    d.add(new StoredField(SOURCE_LINE, a.source().line()));
    if (a.url() != null) {
      d.add(new StoredField(URL, a.url()));
    }
    shared(d, a);
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

  private static Document quote(Article a, Quote q, int number, String file) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_QUOTE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(UID, new BytesRef(quoteUid(a.id(), number))));
    d.add(new StringField(FILE, file, Field.Store.NO));
    // Lucene requires the same doc-values type for a field in every document that has it.
    d.add(new SortedDocValuesField(FILE, new BytesRef(file)));
    shared(d, a);
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

  /** Outlet and date: on the article and copied to each quote, for quote filters, sorts and facets without a join. */
  private static void shared(Document d, Article a) {
    if (a.outlet() != null) {
      d.add(new TextField(OUTLET, a.outlet(), Field.Store.YES));
      d.add(new SortedDocValuesField(OUTLET_FACET, new BytesRef(a.outlet())));
    }
    DateValue date = a.date();
    if (date != null) {
      d.add(new LongField(DATE, dayKey(date.firstDay()), Field.Store.NO));
      d.add(new LongField(DATE_LAST, dayKey(date.lastDay()), Field.Store.NO));
      d.add(new NumericDocValuesField(DATE_SORT, date.value().toEpochSecond(ZoneOffset.UTC)));
      d.add(new NumericDocValuesField(DATE_PRECISION, date.precision().ordinal()));
      d.add(new StoredField(DATE_ISO, date.toIsoString()));
    }
  }
}
