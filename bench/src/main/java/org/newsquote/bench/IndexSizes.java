package org.newsquote.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where an index's bytes are: the size of each kind of Lucene file (postings, positions, stored fields, ...), looking
 * inside compound files, as a share of the index and of a given raw text size. Run as a program; not thread-safe.
 *
 * <p>usage: {@code IndexSizes INDEX_DIR [RAW_TEXT_BYTES]}
 */
public final class IndexSizes {
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("fdt", "stored fields"), Map.entry("fdx", "stored fields index"), Map.entry("fdm", "stored fields meta"),
      Map.entry("doc", "postings: doc ids + freqs"), Map.entry("pos", "postings: positions"),
      Map.entry("pay", "postings: offsets + payloads"), Map.entry("tim", "terms dictionary"),
      Map.entry("tip", "terms index"), Map.entry("tmd", "terms meta"), Map.entry("psm", "postings meta"),
      Map.entry("nvd", "norms"), Map.entry("nvm", "norms meta"), Map.entry("dvd", "doc values"),
      Map.entry("dvm", "doc values meta"), Map.entry("kdd", "points"), Map.entry("kdi", "points index"),
      Map.entry("kdm", "points meta"), Map.entry("liv", "live docs (deletions)"), Map.entry("fnm", "field infos"),
      Map.entry("si", "segment info"));

  private IndexSizes() {}

  public static void main(String[] args) throws Exception {
    long raw = args.length > 1 ? Long.parseLong(args[1]) : 0;
    Map<String, Long> bytes = new TreeMap<>();
    long total = 0;
    int segments = 0;
    try (Directory dir = FSDirectory.open(Path.of(args[0]))) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      for (SegmentCommitInfo sci : infos) {
        segments++;
        for (String file : sci.files()) {
          if (file.endsWith(".cfs")) {
            try (Directory cfs = sci.info.getCodec().compoundFormat().getCompoundReader(dir, sci.info)) {
              for (String inner : cfs.listAll()) {
                long n = cfs.fileLength(inner);
                bytes.merge(ext(inner), n, Long::sum);
              }
            }
            total += dir.fileLength(file);
          } else if (!file.endsWith(".cfe")) {
            long n = dir.fileLength(file);
            bytes.merge(ext(file), n, Long::sum);
            total += n;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d segments, %d docs (%d deleted), %.1f MB%s%n", args[0], segments,
          infos.totalMaxDoc(), deleted(infos), total / 1e6,
          raw > 0 ? String.format(Locale.ROOT, " = %.3fx raw text (%.1f MB)", (double) total / raw, raw / 1e6) : "");
    }
    long sum = bytes.values().stream().mapToLong(Long::longValue).sum();
    bytes.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-5s %-28s %9.2f MB %5.1f%%%s%n", e.getKey(),
            KINDS.getOrDefault(e.getKey(), ""), e.getValue() / 1e6, 100.0 * e.getValue() / sum,
            raw > 0 ? String.format(Locale.ROOT, "  %.3fx raw", (double) e.getValue() / raw) : ""));
  }

  private static long deleted(SegmentInfos infos) {
    long n = 0;
    for (SegmentCommitInfo sci : infos) {
      n += sci.getDelCount();
    }
    return n;
  }

  private static String ext(String file) {
    return file.substring(file.lastIndexOf('.') + 1);
  }
}
