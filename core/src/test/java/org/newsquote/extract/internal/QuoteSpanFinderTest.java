package org.newsquote.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the finder pairs quotation marks, on our own sentences. */
class QuoteSpanFinderTest {
  private final QuoteSpanFinder finder = new QuoteSpanFinder();

  private List<String> contents(String text) {
    return finder.find(text, Paragraphs.of(text)).stream().map(s -> s.content(text)).toList();
  }

  @Test
  void aLeftMarkGluedToTheWordsItFollowsClosesTheQuotation() {
    assertEquals(List.of("a full review", "harbour tax"),
        contents("The council asked for “a full review“ of the quays and an end to the “harbour tax” this year."));
    assertEquals(List.of("It is unusual,", "It is hard."),
        contents("“It is unusual,“ said Ana Ruiz, a lawyer. “It is hard.”"));
  }

  @Test
  void aLeftMarkBeforeWordsStillOpens() {
    assertEquals(List.of("calm", "steady"), contents("He wanted “calm” and “steady” days."));
    assertEquals(List.of("Go now.", "Why?"), contents("“Go now.” “Why?” asked Ruiz."));
  }
}
