package org.newsquote.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
  @Test
  void answersFirstTimeOnceForEachIdAcrossGrowth() {
    SeenIds seen = new SeenIds();
    for (int i = 0; i < 50_000; i++) {
      assertTrue(seen.firstTime("reuters-" + i + "-c0"), "first time of " + i);
    }
    for (int i = 0; i < 50_000; i += 7) {
      assertFalse(seen.firstTime("reuters-" + i + "-c0"), "again " + i);
    }
    assertTrue(seen.firstTime(""));
    assertFalse(seen.firstTime(""));
  }

  @Test
  void hashesOfSimilarIdsDiffer() {
    // Collisions are harmless (a slower write) but must be rare: none among 200,000 ids that differ in one place.
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      hashes.add(SeenIds.hash("politics/" + i));
    }
    assertEquals(200_000, hashes.size());
  }
}
