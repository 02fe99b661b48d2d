package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.search.NewsSearcher;
import org.newsquote.testing.SampleArticles;

/**
 * A rebuild ({@code index --full}) must not discard the previous index before it has committed anything of its own:
 * a rebuild killed, or failing on a full disk, at its start leaves the previous index as it was.
 */
class FullRebuildSafetyTest {
  @TempDir Path dir;

  @Test
  void previousIndexStaysUntilTheRebuildCommits() {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      for (var a : SampleArticles.some()) {
        writer.put(a, a.article().id() + ".txt", "h");
      }
    }
    long before = SampleArticles.some().size();

    NewsIndexWriter rebuild = NewsIndexWriter.open(dir, WriterOptions.rebuild());
    try {
      // What a process killed at this moment leaves on disk: the last commit.
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        assertEquals(before, searcher.info().articles(), "opening a rebuild already discarded the previous index");
      }
      rebuild.put(SampleArticles.some().get(0), "only.txt", "h2");
      rebuild.commit();
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        assertEquals(1, searcher.info().articles(), "the rebuild's own commit replaces the previous index");
      }
    } finally {
      rebuild.close();
    }
  }
}
