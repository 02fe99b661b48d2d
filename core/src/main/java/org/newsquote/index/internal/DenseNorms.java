package org.newsquote.index.internal;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Writes the norms of some fields for every document of a segment, not only for those that have the field: a quote
 * document has no title or body, so Lucene stored those norms sparsely, and every document scored for a word paid a
 * sparse lookup of its norm (an eighth of a one-word search's CPU time at a million articles). A document without the
 * field gets the value 0, which nothing reads: a norm is read only for a document that matched a term of its field,
 * and the scoring statistics (documents with the field, total length) come from the postings, not from the norms.
 * The files are Lucene's own norms format and read by Lucene's own codec; only what is written changes.
 * Stateless and thread-safe.
 */
public final class DenseNorms extends NormsFormat {
  private final NormsFormat delegate;
  private final Set<String> fields;

  public DenseNorms(NormsFormat delegate, Set<String> fields) {
    this.delegate = delegate;
    this.fields = Set.copyOf(fields);
  }

  @Override
  public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
    NormsConsumer in = delegate.normsConsumer(state);
    int maxDoc = state.segmentInfo.maxDoc();
    return new NormsConsumer() {
      @Override
      public void addNormsField(FieldInfo field, NormsProducer norms) throws IOException {
        if (!fields.contains(field.name)) {
          in.addNormsField(field, norms);
          return;
        }
        in.addNormsField(
            field,
            new NormsProducer() {
              @Override
              public NumericDocValues getNorms(FieldInfo f) throws IOException {
                return new EveryDocument(norms.getNorms(f), maxDoc);
              }

              @Override
              public void checkIntegrity() throws IOException {
                norms.checkIntegrity();
              }

              @Override
              public void close() {}
            });
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  @Override
  public NormsProducer normsProducer(SegmentReadState state) throws IOException {
    return delegate.normsProducer(state);
  }

  /** The norms of the documents that have them, and 0 for every other document up to {@code maxDoc}. */
  static final class EveryDocument extends NumericDocValues {
    private final NumericDocValues in;
    private final int maxDoc;
    private int doc = -1;

    EveryDocument(NumericDocValues in, int maxDoc) {
      this.in = in;
      this.maxDoc = maxDoc;
    }

    @Override
    public long longValue() throws IOException {
      // nextDoc, not advance: the norms buffered for a flush only iterate.
      while (in.docID() < doc) {
        in.nextDoc();
      }
      return in.docID() == doc ? in.longValue() : 0;
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return true;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      doc = target >= maxDoc ? NO_MORE_DOCS : target;
      return doc;
    }

    @Override
    public long cost() {
      return maxDoc;
    }
  }
}
