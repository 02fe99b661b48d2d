package org.newsquote.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.NumericUtils;
import org.newsquote.index.IndexSchema;
import org.newsquote.model.DateValue;
import org.newsquote.search.Count;
import org.newsquote.search.FacetCounts;

/**
 * Counts the matches of a query by outlet, speaker and date straight from the doc values the schema already keeps
 * for sorting and display. Why not lucene-facet: its sorted-set facets need their own encoded field and a per-reader
 * ordinal map rebuilt at every refresh, and a taxonomy needs a second index kept in step; our dimensions are few and
 * small (outlets, speakers, days), so counting per-segment ordinals and merging labels at the end of each segment is
 * simple and as fast. One collector per slice; {@link Manager#reduce} merges them. A searcher that cuts a segment
 * into ranges ({@link PartitionedSearcher}) asks for a leaf collector once per range, each in its own collector:
 * the per-segment count arrays belong to that call and are added up at its {@code finish()}, so every match is
 * counted once and nothing per segment is shared between threads.
 */
public final class FacetCollector implements Collector {
  /** Speakers numbered across segments, or null: then each segment's speakers are merged by name. */
  private final SpeakerOrdinals speakerOrdinals;
  /** Counts by {@link #speakerOrdinals} number, when there is one. */
  private final long[] speakersByOrdinal;
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<String, Long> speakers = new HashMap<>();
  /** Day key to counts by precision ordinal. */
  private final Map<Long, long[]> days = new HashMap<>();
  private long total;

  private FacetCollector(SpeakerOrdinals speakerOrdinals) {
    this.speakerOrdinals = speakerOrdinals;
    this.speakersByOrdinal = speakerOrdinals == null ? null : new long[speakerOrdinals.size()];
  }

  /** Makes one collector per slice and merges their counts. */
  public static final class Manager implements CollectorManager<FacetCollector, FacetCounts> {
    private final int topSpeakers;
    private final SpeakerOrdinals speakerOrdinals;

    /**
     * @param speakerOrdinals the speaker numbering of the reader that will be searched, or null to merge speakers by
     *     name
     */
    public Manager(int topSpeakers, SpeakerOrdinals speakerOrdinals) {
      this.topSpeakers = topSpeakers;
      this.speakerOrdinals = speakerOrdinals;
    }

    @Override
    public FacetCollector newCollector() {
      return new FacetCollector(speakerOrdinals);
    }

    @Override
    public FacetCounts reduce(Collection<FacetCollector> collectors) throws IOException {
      FacetCollector all = new FacetCollector(speakerOrdinals);
      for (FacetCollector c : collectors) {
        all.total += c.total;
        c.outlets.forEach((k, v) -> all.outlets.merge(k, v, Long::sum));
        c.speakers.forEach((k, v) -> all.speakers.merge(k, v, Long::sum));
        c.days.forEach((k, v) -> all.days.merge(k, v.clone(), FacetCollector::add));
        if (all.speakersByOrdinal != null) {
          add(all.speakersByOrdinal, c.speakersByOrdinal);
        }
      }
      List<Count> top =
          all.speakersByOrdinal == null
              ? byCount(all.speakers, topSpeakers)
              : speakerOrdinals.top(all.speakersByOrdinal, topSpeakers);
      return all.counts(top);
    }
  }

  private static long[] add(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  private FacetCounts counts(List<Count> topSpeakers) {
    Map<String, Long> years = new TreeMap<>();
    Map<String, Long> months = new TreeMap<>();
    Map<String, Long> byDay = new TreeMap<>();
    int monthOrd = DateValue.Precision.MONTH.ordinal();
    int dayOrd = DateValue.Precision.DAY.ordinal();
    days.forEach(
        (key, byPrecision) -> {
          String iso = IndexSchema.dayOfKey(key).toString();
          for (int p = 0; p < byPrecision.length; p++) {
            long n = byPrecision[p];
            if (n == 0) {
              continue;
            }
            years.merge(iso.substring(0, 4), n, Long::sum);
            if (p >= monthOrd) {
              months.merge(iso.substring(0, 7), n, Long::sum);
            }
            if (p >= dayOrd) {
              byDay.merge(iso, n, Long::sum);
            }
          }
        });
    return new FacetCounts(
        total,
        byCount(outlets, Integer.MAX_VALUE),
        topSpeakers,
        inOrder(years),
        inOrder(months),
        inOrder(byDay));
  }

  private static List<Count> byCount(Map<String, Long> m, int top) {
    return m.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(top)
        .map(e -> new Count(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<Count> inOrder(Map<String, Long> m) {
    return m.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedDocValues outlet = DocValues.getSorted(context.reader(), IndexSchema.OUTLET_FACET);
    SortedSetDocValues speaker = DocValues.getSortedSet(context.reader(), IndexSchema.SPEAKER_FACET);
    SortedNumericDocValues date = DocValues.getSortedNumeric(context.reader(), IndexSchema.DATE);
    NumericDocValues precision = DocValues.getNumeric(context.reader(), IndexSchema.DATE_PRECISION);
    long[] outletCounts = new long[Math.toIntExact(outlet.getValueCount())];
    long[] speakerCounts = new long[Math.toIntExact(speaker.getValueCount())];
    int precisions = DateValue.Precision.values().length;
    DayCounts dayCounts = DayCounts.of(context.reader().getPointValues(IndexSchema.DATE), precisions);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        if (outlet.advanceExact(doc)) {
          outletCounts[outlet.ordValue()]++;
        }
        if (speaker.advanceExact(doc)) {
          for (int i = 0; i < speaker.docValueCount(); i++) {
            speakerCounts[(int) speaker.nextOrd()]++;
          }
        }
        if (date.advanceExact(doc)) {
          int p = precision.advanceExact(doc) ? (int) precision.longValue() : 0;
          long key = date.nextValue();
          if (dayCounts == null || !dayCounts.add(key, p)) {
            days.computeIfAbsent(key, k -> new long[precisions])[p]++;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int ord = 0; ord < outletCounts.length; ord++) {
          if (outletCounts[ord] > 0) {
            outlets.merge(outlet.lookupOrd(ord).utf8ToString(), outletCounts[ord], Long::sum);
          }
        }
        if (speakersByOrdinal != null) {
          speakerOrdinals.addSegment(context.ord, speakerCounts, speakersByOrdinal);
        } else {
          for (int ord = 0; ord < speakerCounts.length; ord++) {
            if (speakerCounts[ord] > 0) {
              speakers.merge(speaker.lookupOrd(ord).utf8ToString(), speakerCounts[ord], Long::sum);
            }
          }
        }
        if (dayCounts != null) {
          dayCounts.addTo(days, precisions);
        }
      }
    };
  }

  /**
   * Counts by day and precision in an array over the segment's years: a match costs an array increment instead of
   * boxing its day into a hash map (the facet query's largest cost at a million articles, where {@code oil} matches
   * 80,000). {@code null} when the segment has no dates or spans too many years for an array.
   */
  private record DayCounts(int firstYear, int years, long[] counts) {
    private static final int MAX_YEARS = 400;
    private static final int SLOTS_PER_YEAR = 12 * 31;

    static DayCounts of(PointValues points, int precisions) throws IOException {
      if (points == null || points.size() == 0) {
        return null;
      }
      long min = NumericUtils.sortableBytesToLong(points.getMinPackedValue(), 0);
      long max = NumericUtils.sortableBytesToLong(points.getMaxPackedValue(), 0);
      int first = (int) (min / 10_000);
      int years = (int) (max / 10_000) - first + 1;
      if (years < 1 || years > MAX_YEARS) {
        return null;
      }
      return new DayCounts(first, years, new long[years * SLOTS_PER_YEAR * precisions]);
    }

    /** Counts a day key; false when it is outside the array (the caller counts it another way). */
    boolean add(long key, int precision) {
      int year = (int) (key / 10_000) - firstYear;
      int month = (int) (key / 100 % 100) - 1;
      int day = (int) (key % 100) - 1;
      int precisions = counts.length / (years * SLOTS_PER_YEAR);
      if (year < 0 || year >= years || month < 0 || month > 11 || day < 0 || day > 30
          || precision < 0 || precision >= precisions) {
        return false;
      }
      counts[((year * 12 + month) * 31 + day) * precisions + precision]++;
      return true;
    }

    void addTo(Map<Long, long[]> days, int precisions) {
      for (int slot = 0; slot < counts.length / precisions; slot++) {
        for (int p = 0; p < precisions; p++) {
          long n = counts[slot * precisions + p];
          if (n > 0) {
            int day = slot % 31 + 1;
            int month = slot / 31 % 12 + 1;
            int year = slot / SLOTS_PER_YEAR + firstYear;
            days.computeIfAbsent(year * 10_000L + month * 100L + day, k -> new long[precisions])[p] += n;
          }
        }
      }
    }
  }
}
