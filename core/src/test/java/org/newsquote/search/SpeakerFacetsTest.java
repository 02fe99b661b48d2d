package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/**
 * Speaker facets over several segments: a searcher kept for many searches numbers speakers across segments, a
 * one-off searcher merges them by name; both must give the same counts, with ties at the cut decided by name.
 */
class SpeakerFacetsTest {
  private static final String[] SPEAKERS = {"Ann Baker", "Bob Baker", "Chen Li", "Dana Ruiz", "Émile Zola", "Zed"};

  @Test
  void numberedAndNamedSpeakerCountsAgreeAcrossSegments(@TempDir Path dir) {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      int n = 0;
      // Four commits: four segments, each knowing a different subset of the speakers.
      for (int segment = 0; segment < 4; segment++) {
        for (int i = 0; i < 7; i++, n++) {
          String body = "Oil prices moved today. ";
          List<Quote> quotes = new ArrayList<>();
          for (int s = 0; s < SPEAKERS.length; s++) {
            if ((n + s * segment) % (s + 2) == 0) {
              String text = "quote number " + n + " by " + s;
              int at = body.length() + 1;
              body += "\u201c" + text + "\u201d said " + SPEAKERS[s] + ". ";
              quotes.add(new Quote(text, at - 1, at + text.length() + 1, SPEAKERS[s], null, "said", QuoteKind.DIRECT, "test"));
            }
          }
          ExtractedArticle a =
              Fixtures.article("s" + n, "Wire", DateValue.ofDay(LocalDate.of(2022, 1, 1 + n)), "Oil " + n, body,
                  quotes.toArray(Quote[]::new));
          w.put(a, "corpus/s" + n + ".txt", "h" + n);
        }
        w.commit();
      }
    }
    try (NewsSearcher many = NewsSearcher.open(dir);
        NewsSearcher few = NewsSearcher.openForFewSearches(dir)) {
      for (String q : List.of("oil", "*", "speaker:baker", "title:3")) {
        for (int top : new int[] {1, 2, 3, 4, 100}) {
          SearchRequest r = SearchRequest.builder(q).build();
          FacetCounts numbered = many.facets(r, top);
          FacetCounts named = few.facets(r, top);
          assertEquals(named, numbered, q + " top " + top);
          assertTrue(numbered.speakers().size() <= top);
        }
      }
      // Ties at the cut go to the first names: with every speaker counted, the top two are the two most frequent.
      List<Count> all = many.facets(SearchRequest.builder("*").build(), 100).speakers();
      assertTrue(all.size() >= 5, "speakers: " + all);
      for (int i = 1; i < all.size(); i++) {
        Count a = all.get(i - 1);
        Count b = all.get(i);
        assertTrue(a.count() > b.count() || (a.count() == b.count() && a.label().compareTo(b.label()) < 0), all.toString());
      }
    }
  }
}
