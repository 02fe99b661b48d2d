package org.newsquote.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexJobOptionsTest {
  @Test
  void builderUsesNamedDefaults() {
    IndexJobOptions o = IndexJobOptions.builder(List.of(Path.of("x"))).build();
    assertEquals(IndexJobOptions.DEFAULT_COMMIT_EVERY, o.commitEvery());
    assertEquals(IndexJobOptions.defaultThreads(), o.threads());
    assertEquals(false, o.full());
  }

  @Test
  void badSettingsAreRejectedWithTheirValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> IndexJobOptions.builder(List.of(Path.of("x"))).threads(0).build());
    assertTrue(e.getMessage().contains("threads must be >= 1, got 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IndexJobOptions.builder(List.of()).build());
    assertThrows(IllegalArgumentException.class,
        () -> IndexJobOptions.builder(List.of(Path.of("x"))).commitEvery(0).build());
  }

  @Test
  void etaIsEstimatedFromBytesLeft() {
    IndexProgress p = new IndexProgress(1, 4, 100, 400, 10, Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(6), p.eta().orElseThrow());
    assertEquals(5.0, p.articlesPerSecond(), 1e-9);
    assertTrue(new IndexProgress(0, 4, 0, 400, 0, Duration.ofSeconds(1)).eta().isEmpty());
  }
}
