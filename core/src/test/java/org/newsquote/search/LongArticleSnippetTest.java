package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;

class LongArticleSnippetTest {
  @TempDir Path dir;

  @Test
  void matchDeepInALongBodyIsHighlighted() {
    StringBuilder body = new StringBuilder("The council met on Monday. ");
    while (body.length() < 200_000) {
      body.append("Members discussed the budget and the roads again. ");
    }
    int at = body.length();
    body.append("Then a zebra crossing was approved near the school. The end.");
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      w.put(Fixtures.article("long", "Local", null, "Council notes", body.toString()), "long.txt", "h");
    }
    try (NewsSearcher s = NewsSearcher.open(dir)) {
      ArticleHit h = s.search(SearchRequest.builder("\"zebra crossing\"").snippets(1, 80).build()).hits().get(0);
      assertTrue(at > 190_000);
      Snippet snip = h.snippets().get(0);
      assertEquals(1, snip.matches().size(), snip.toString());
      MatchSpan m = snip.matches().get(0);
      assertEquals("zebra crossing", snip.text().substring(m.start(), m.end()));
      assertTrue(snip.text().length() < 200, "a passage, not the article: " + snip.text().length());

      // Only metadata matched: the lead sentence, no spans.
      ArticleHit lead = s.search(SearchRequest.builder("outlet:local").build()).hits().get(0);
      assertEquals(java.util.List.of(new Snippet("The council met on Monday.", java.util.List.of())), lead.snippets());
    }
  }
}
