package org.newsquote.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static List<Integer> forward(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  @Test
  void agreesWithTheJdkSentenceInstanceOnPlainNewsText() {
    String text = "Oil prices rose 3.5 pct on Monday. \"We will not cut output,\" the minister said! Did he mean it?\n\n"
        + "Analysts were unsure... Markets closed higher.";
    assertEquals(forward(BreakIterator.getSentenceInstance(Locale.ROOT), text), forward(new SentenceBreaks(), text));
  }

  @Test
  void aFullStopBeforeASmallLetterOrADigitOnTheSameLineEndsAnAbbreviationNotASentence() {
    String text = "Stoltenberg told CNN in an interview broadcast on Nov. 7 that U.S. officials agreed. Then he left.\n"
        + "Talks end at 5 p.m.\nnext line";
    assertEquals(forward(BreakIterator.getSentenceInstance(Locale.ROOT), "Stoltenberg told CNN in an interview "
        + "broadcast on Nov. 7 that U.S. officials agreed. Then he left."),
        forward(new SentenceBreaks(), "Stoltenberg told CNN in an interview broadcast on Nov. 7 that U.S. officials "
            + "agreed. Then he left."));
    assertEquals(List.of(0, text.indexOf("Then"), text.indexOf("Talks"), text.indexOf("next"), text.length()),
        forward(new SentenceBreaks(), text));
  }

  @Test
  void breaksAfterClosingQuotesAndLineBreaksButNotInsideNumbers() {
    String text = "He said \u201cno.\u201d Then left.\nNew line 2.5 times";
    assertEquals(List.of(0, 14, 25, text.length()), forward(new SentenceBreaks(), text));
  }

  @Test
  void followingAndPrecedingFindTheNeighbouringBoundaries() {
    SentenceBreaks it = new SentenceBreaks();
    String text = "One. Two. Three.";
    it.setText(text);
    assertEquals(5, it.following(0));
    assertEquals(5, it.current());
    assertEquals(10, it.following(5));
    assertEquals(BreakIterator.DONE, it.following(text.length()));
    assertEquals(text.length(), it.current());
    assertEquals(5, it.preceding(10));
    assertEquals(0, it.preceding(5));
    assertEquals(BreakIterator.DONE, it.preceding(0));
    assertEquals(0, it.current());
    assertEquals(text.length(), it.last());
    assertEquals(10, it.previous());
    assertThrows(IllegalArgumentException.class, () -> it.following(text.length() + 1));
  }

  @Test
  void emptyTextHasOneBoundary() {
    assertEquals(List.of(0), forward(new SentenceBreaks(), ""));
  }
}
