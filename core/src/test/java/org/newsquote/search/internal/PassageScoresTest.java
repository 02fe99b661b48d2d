package org.newsquote.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {
  private static final String[] WORDS = {"oil", "crude", "prices", "interest", "rates", "opec", "o", "oi"};

  @Test
  void scoresEveryPassageExactlyAsLucenesScorer() {
    Random random = new Random(7);
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    for (int round = 0; round < 20_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(50_000);
      int length = 100 + random.nextInt(600);
      p.setStartOffset(start);
      p.setEndOffset(start + length);
      // Up to 80 matches: past the linear scan's limit too.
      int matches = random.nextInt(round % 10 == 0 ? 80 : 8);
      int at = start;
      for (int m = 0; m < matches; m++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        // Equal terms in distinct byte arrays and offsets, as the highlighter hands them over.
        byte[] padded = ("##" + w + "#").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        p.addMatch(at, at + w.length(), new BytesRef(padded, 2, w.length()), 1 + random.nextInt(40));
        at = Math.min(at + 1 + random.nextInt(5), start + length - 10);
      }
      int contentLength = start + length + random.nextInt(20_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(p, contentLength)),
          Float.floatToIntBits(ours.score(p, contentLength)),
          () -> "passage " + p);
    }
  }

  @Test
  void aPassageWithoutMatchesScoresZero() {
    Passage p = new Passage();
    p.setStartOffset(10);
    p.setEndOffset(90);
    assertEquals(0f, new PassageScores().score(p, 1_000));
  }
}
