package org.newsquote.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.packed.PackedInts;
import org.newsquote.index.IndexSchema;
import org.newsquote.search.Count;

/**
 * Speaker names numbered across all segments of one index reader (Lucene's {@link OrdinalMap}), so that facet counting
 * adds each segment's counts into one array by number and reads the names of the top speakers only. Without it, every
 * speaker counted in a segment had its name decoded and merged into a map by string: an eighth of a facet query on
 * a word that matches 70,000 articles. Building the map reads every speaker name once, so it is kept per reader (a
 * long-lived searcher builds it again only after a refresh brings new segments) and only searchers that run many
 * searches use it. Thread-safe.
 */
public final class SpeakerOrdinals {
  private static final Map<IndexReader.CacheKey, SpeakerOrdinals> CACHE = new HashMap<>();

  private final IndexReader reader;
  private final OrdinalMap map;

  private SpeakerOrdinals(IndexReader reader, OrdinalMap map) {
    this.reader = reader;
    this.map = map;
  }

  /** The numbering for this reader, built on first use; null when the reader cannot be cached. */
  public static SpeakerOrdinals of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    synchronized (CACHE) {
      SpeakerOrdinals cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(leaves.get(i).reader(), IndexSchema.SPEAKER_FACET);
    }
    SpeakerOrdinals built = new SpeakerOrdinals(reader, OrdinalMap.build(key, values, PackedInts.DEFAULT));
    synchronized (CACHE) {
      SpeakerOrdinals raced = CACHE.putIfAbsent(key, built);
      if (raced != null) {
        return raced;
      }
    }
    helper.addClosedListener(
        k -> {
          synchronized (CACHE) {
            CACHE.remove(k);
          }
        });
    return built;
  }

  int size() {
    return Math.toIntExact(map.getValueCount());
  }

  /** Adds one segment's counts by segment number into {@code global}, by global number. */
  void addSegment(int leafOrd, long[] segmentCounts, long[] global) {
    org.apache.lucene.util.LongValues toGlobal = map.getGlobalOrds(leafOrd);
    for (int ord = 0; ord < segmentCounts.length; ord++) {
      if (segmentCounts[ord] > 0) {
        global[(int) toGlobal.get(ord)] += segmentCounts[ord];
      }
    }
  }

  /**
   * The {@code top} speakers by count, then by name (as {@link FacetCollector} orders them): every speaker counted at
   * least as often as the {@code top}-th, named and sorted, so ties at the cut are decided by name as before.
   */
  List<Count> top(long[] global, int top) throws IOException {
    if (top <= 0) {
      return List.of();
    }
    long[] sorted = global.clone();
    java.util.Arrays.sort(sorted);
    long cut = sorted.length >= top ? sorted[sorted.length - top] : 1;
    cut = Math.max(cut, 1);
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    List<Count> candidates = new ArrayList<>();
    for (int g = 0; g < global.length; g++) {
      if (global[g] >= cut) {
        int segment = map.getFirstSegmentNumber(g);
        if (values[segment] == null) {
          values[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), IndexSchema.SPEAKER_FACET);
        }
        String name = values[segment].lookupOrd(map.getFirstSegmentOrd(g)).utf8ToString();
        candidates.add(new Count(name, global[g]));
      }
    }
    candidates.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
    return candidates.size() > top ? List.copyOf(candidates.subList(0, top)) : List.copyOf(candidates);
  }
}
