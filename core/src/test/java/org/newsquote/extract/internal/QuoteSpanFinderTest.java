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

  @Test
  void aRightMarkOpeningAParagraphOpensTheQuotation() {
    assertEquals(List.of("… the harbour will open by May,", "bad"),
        contents("Ana Ruiz wrote on Monday.\n\n” … the harbour will open by May,” she wrote. It was “bad”."));
    assertEquals(List.of("Thanks, Ana!", "We agree."),
        contents("Readers answered.\n\n‪”Thanks, Ana!” wrote Tom Lee.\n\n‪\"We agree.\" wrote Jo Park."));
  }

  @Test
  void aRightMarkClosingAfterWordsStillCloses() {
    assertEquals(List.of("It is done,"), contents("“It is done,” said Ruiz.\n”"));
  }
}
