package org.newsquote.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsBackTest {
  private static List<String> walk(String text, int from, int floor) {
    List<String> words = new ArrayList<>();
    for (WordsBack w = new WordsBack(text, from, floor); w.next(); ) {
      words.add(text.substring(w.start(), w.end()));
    }
    return words;
  }

  @Test
  void readsWordsBackwardsPastPunctuation() {
    assertEquals(List.of("said", "Harbour", "the", "Calm"), walk("Calm, the Harbour said: ", 24, 0));
  }

  @Test
  void keepsInitialsWholeAndStopsAtTheFloor() {
    String text = "Old news. Then Dr. Ada Vane of the U.S. spoke";
    assertEquals(List.of("spoke", "U.S", "the", "of", "Vane", "Ada", "Dr", "Then"), walk(text, text.length(), 10));
  }

  @Test
  void startingAtTheFloorReadsNothing() {
    assertFalse(new WordsBack("some words", 0, 0).next());
    assertEquals(List.of(), walk("   ", 3, 0));
  }
}
