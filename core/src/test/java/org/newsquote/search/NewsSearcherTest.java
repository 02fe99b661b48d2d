package org.newsquote.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquote.model.QuoteKind;

class NewsSearcherTest {
  @TempDir static Path dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() {
    Fixtures.writeIndex(dir);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  private static Set<String> ids(String query) {
    SearchResults<ArticleHit> r = searcher.search(SearchRequest.builder(query).limit(100).build());
    Set<String> ids = new TreeSet<>();
    r.hits().forEach(h -> ids.add(h.id()));
    assertEquals(ids.size(), r.totalHits(), "total of " + query);
    return ids;
  }

  private static Set<String> quotes(String query) {
    Set<String> out = new TreeSet<>();
    searcher
        .searchQuotes(SearchRequest.builder(query).limit(100).build())
        .hits()
        .forEach(h -> out.add(h.articleId() + ":" + h.speaker()));
    return out;
  }

  private static Set<String> set(String csv) {
    return csv.isBlank() ? Set.of() : new TreeSet<>(List.of(csv.split(" ")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // phrases, booleans, proximity
        "'\"will not attack\"'|a1",
        "'\"not attack will\"'|''",
        "'nato kirby'|a1",
        "'nato AND kirby'|a1",
        "'nato OR sanctions'|a1 a2 a4 a6",
        "'nato -kirby'|a4",
        "'nato NOT kirby'|a4",
        "'(sanctions OR expansion) AND title:iran'|a2",
        "'\"nato troops\"~5'|a1",
        "'\"nato troops\"~4'|''",
        "'sanction*'|a2 a6",
        "'kremlin'|a1 a4",
        // possessive and accent folding, case
        "'KREMLIN'|a1 a4",
        "'economie'|a5",
        // fields
        "'title:peskov'|a4",
        "'body:tehran'|a2",
        "'quote:\"no intention\"'|a4",
        "'role:spokesman'|a1 a2 a4",
        "'speaker:kanaani OR title:kirby'|a1 a2",
        "'nato -speaker:kirby'|a4",
        "'quote:attack -quote:intention'|a1",
        "'id:a2'|a2",
        "'id:\"a2\"'|a2",
        // outlets: exact name, case and accents folded
        "'outlet:rt'|a1 a4",
        "'outlet:RT'|a1 a4",
        "'outlet:\"press tv\"'|a2",
        "'outlet:press'|''",
        "'outlet:\"cafe monde\"'|a5",
        // speakers
        "'speaker:peskov'|a1 a4",
        "'speaker:\"john kirby\"'|a1",
        "'speaker:\"kirby john\"'|''",
        "'speaker:jose'|a5",
        "'speaker:\"Jos\u00e9 \u00c1lvarez\"'|a5",
        // dates, each form; an upper bound covers its whole period; a date of coarse precision matches only
        // periods that contain all of it
        "'date:2022'|a1 a2 a4 a6",
        "'date:2022-02'|a1 a2",
        "'date:2022-02-03'|a1",
        "'date:2022-2-3'|a1",
        "'date:\"2022-02-03\"'|a1",
        "'date:2021-12-31'|a3",
        "'date:[2022-01-01 TO 2022-02]'|a1 a2",
        "'date:[2022-02-03 TO 2022-02-03]'|a1",
        "'date:{2021 TO 2022-03}'|a1 a2",
        "'date:[2022 TO 2023}'|a1 a2 a4 a6",
        "'date:[* TO 2022-02]'|a1 a2 a3",
        "'date:[2022-03 TO *]'|a6",
        "'date:>=2022-01-01'|a1 a2 a4 a6",
        "'date:>2022-02'|a6",
        "'date:<=2022-02'|a1 a2 a3",
        "'date:<2022'|a3",
        "'date>=2022-03-01'|a6",
        "'date:2022 AND outlet:rt'|a1 a4",
        "'date:1999'|''",
        // match all
        "'*'|a1 a2 a3 a4 a5 a6",
        "'*:*'|a1 a2 a3 a4 a5 a6",
        "''|a1 a2 a3 a4 a5 a6",
      })
  void articleQueriesReturnExactlyTheExpectedIds(String query, String expected) {
    assertEquals(set(expected), ids(query));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'-kirby'|'* -kirby'",
        "'NOT kirby'|'* -kirby'",
        "'-kirby -outlet:rt'|'* -kirby -outlet:rt'",
        "'nato AND (NOT kirby)'|'nato -kirby'",
        "'-speaker:peskov'|'* -speaker:peskov'",
      })
  void onlyNegatedConditionsMeanEverythingElse(String query, String same) {
    Set<String> expected = ids(same);
    assertFalse(expected.isEmpty(), same);
    assertEquals(expected, ids(query));
    assertEquals(quotes(same), quotes(query), "quote search");
    assertFalse(quotes("-kirby").isEmpty(), "quote search: everything Kirby did not say");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'speaker:kirby attack'|a1:John Kirby",
        // Peskov is in the same article, but Kirby did not say "expansion": no hit
        "'speaker:kirby expansion'|''",
        "'speaker:peskov expansion'|a1:Dmitry Peskov",
        "'speaker:peskov attack'|a4:Dmitry Peskov",
        "'kirby attack'|a1:John Kirby",
        "'\"will not attack\"'|a1:John Kirby",
        "'speaker:peskov outlet:rt'|a1:Dmitry Peskov;a4:Dmitry Peskov",
        "'sanctions date:2022-02'|a2:Nasser Kanaani",
        "'title:iran'|a2:Nasser Kanaani",
        "'role:kremlin'|a1:Dmitry Peskov;a4:Dmitry Peskov",
        "'id:a1'|a1:Dmitry Peskov;a1:John Kirby",
        "'title:kirby expansion'|a1:Dmitry Peskov",
        "'title:kirby -title:nato'|''",
        "'-title:kirby speaker:peskov'|a4:Dmitry Peskov",
        "'speaker:jose'|a5:Jos\u00e9 \u00c1lvarez",
      })
  void quoteSearchMatchesInsideOneQuote(String query, String expected) {
    Set<String> want = expected.isBlank() ? Set.of() : new TreeSet<>(List.of(expected.split(";")));
    assertEquals(want, quotes(query));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'speaker:kirby attack'", "'\"will not attack\"'", "'date:2022 AND outlet:rt'", "'*'"})
  void searcherForFewSearchesAnswersLikeTheMappedOne(String query) {
    SearchRequest request = SearchRequest.builder(query).limit(100).build();
    try (NewsSearcher positional = NewsSearcher.openForFewSearches(dir)) {
      assertEquals(searcher.search(request).hits(), positional.search(request).hits());
      assertEquals(searcher.searchQuotes(request).hits(), positional.searchQuotes(request).hits());
    }
  }

  @Test
  void articleSearchMatchesSpeakerAndWordsAnywhereInTheArticle() {
    assertEquals(Set.of("a1"), ids("speaker:kirby expansion"));
  }

  @Test
  void quoteHitCarriesItsQuoteAndArticle() {
    QuoteHit h = searcher.searchQuotes(SearchRequest.builder("speaker:kanaani").build()).hits().get(0);
    assertEquals("a2", h.articleId());
    assertEquals("Nasser Kanaani", h.speaker());
    assertEquals("foreign ministry spokesman", h.role());
    assertEquals("The sanctions are illegal,", h.text());
    assertEquals("said", h.cue());
    assertEquals(QuoteKind.DIRECT, h.kind());
    assertEquals("Press TV", h.outlet());
    assertEquals("2022-02", h.date().toIsoString());
    assertEquals("Iran comments on sanctions", h.title());
  }

  @Test
  void requestFiltersNarrowTheQuery() {
    assertEquals(List.of("a1", "a4"), idList(SearchRequest.builder("").outlet("rt").sort(Sort.DATE_DESC)));
    assertEquals(List.of("a1", "a4"), idList(SearchRequest.builder("").speaker("PESKOV").sort(Sort.DATE_DESC)));
    assertEquals(
        List.of("a1", "a2"),
        idList(SearchRequest.builder("").dateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28)).sort(Sort.DATE_DESC)));
    assertEquals(
        List.of("a3"), idList(SearchRequest.builder("").dateRange(null, LocalDate.of(2021, 12, 31))));
    assertEquals(2, searcher.count(SearchRequest.builder("").speaker("peskov").build(), Target.QUOTES));
  }

  private static List<String> idList(SearchRequest.Builder b) {
    return searcher.search(b.limit(100).build()).hits().stream().map(ArticleHit::id).toList();
  }

  @Test
  void sortsByDateBothWaysWithUndatedLast() {
    assertEquals(List.of("a6", "a1", "a2", "a4", "a3", "a5"), idList(SearchRequest.builder("*").sort(Sort.DATE_DESC)));
    assertEquals(List.of("a3", "a4", "a2", "a1", "a6", "a5"), idList(SearchRequest.builder("*").sort(Sort.DATE_ASC)));
    SearchResults<ArticleHit> r = searcher.search(SearchRequest.builder("nato").sort(Sort.DATE_DESC).build());
    assertTrue(r.hits().stream().allMatch(h -> h.score() > 0), "scores are computed in date order too");
  }

  @Test
  void sortsByRelevance() {
    // "sanctions" three times in a2 (title, body, quote) against once in a6's body.
    assertEquals(List.of("a2", "a6"), idList(SearchRequest.builder("sanctions")));
    List<ArticleHit> hits = searcher.search(SearchRequest.builder("sanctions").build()).hits();
    assertTrue(hits.get(0).score() > hits.get(1).score(), "relevance scores are reported, best first: " + hits);
  }

  @Test
  void dateConditionNextToWordsKeepsTheRelevanceOrder() {
    // The date is a filter beside the words (so Lucene can skip hits that cannot make the page), not a scored clause.
    assertEquals(List.of("a2", "a6"), idList(SearchRequest.builder("sanctions date:2022")));
    assertEquals(List.of("a2", "a6"), idList(SearchRequest.builder("sanctions AND date:[2022-01 TO 2022-12]")));
    assertEquals(List.of("a6"), idList(SearchRequest.builder("sanctions date:2022-03")));
  }

  @Test
  void pagesWithCursorAndOffset() {
    for (Sort sort : Sort.values()) {
      List<String> oneShot = idList(SearchRequest.builder("*").sort(sort));
      List<String> paged = new ArrayList<>();
      SearchRequest req = SearchRequest.builder("*").sort(sort).limit(2).build();
      int pages = 0;
      while (true) {
        SearchResults<ArticleHit> r = searcher.search(req);
        r.hits().forEach(h -> paged.add(h.id()));
        pages++;
        if (r.next().isEmpty()) {
          break;
        }
        assertEquals(r.hits().get(1).cursor(), r.next().get());
        req = req.toBuilder().after(r.next().get()).build();
      }
      assertEquals(oneShot, paged, "cursor paging in " + sort);
      assertEquals(3, pages, "six hits in pages of two, no empty fourth page");
      List<String> page2 =
          searcher.search(SearchRequest.builder("*").sort(sort).offset(2).limit(2).build()).hits().stream()
              .map(ArticleHit::id)
              .toList();
      assertEquals(oneShot.subList(2, 4), page2, "offset in " + sort);
    }
  }

  @Test
  void cursorFromAnotherSortIsRefused() {
    Cursor c = searcher.search(SearchRequest.builder("*").sort(Sort.DATE_ASC).limit(1).build()).next().orElseThrow();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(SearchRequest.builder("*").sort(Sort.RELEVANCE).after(c).build()));
    assertTrue(e.getMessage().contains("another target or sort"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> searcher.search(SearchRequest.builder("*").after(new Cursor("garbage")).build()));
  }

  @Test
  void quoteSearchPagesWithCursor() {
    List<String> all = new ArrayList<>();
    SearchRequest req = SearchRequest.builder("*").limit(1).sort(Sort.DATE_ASC).build();
    for (int i = 0; i < 10; i++) {
      SearchResults<QuoteHit> r = searcher.searchQuotes(req);
      r.hits().forEach(h -> all.add(h.articleId() + ":" + h.speaker()));
      if (r.next().isEmpty()) {
        break;
      }
      req = req.toBuilder().after(r.next().get()).build();
    }
    assertEquals(
        List.of("a4:Dmitry Peskov", "a2:Nasser Kanaani", "a1:John Kirby", "a1:Dmitry Peskov", "a5:Jos\u00e9 \u00c1lvarez"),
        all);
  }

  @Test
  void facetsCountOutletsSpeakersAndDatesOfAnyQuery() {
    FacetCounts f = searcher.facets(SearchRequest.builder("*").build(), 3);
    assertEquals(6, f.total());
    assertEquals(
        List.of(new Count("RT", 2), new Count("Café Monde", 1), new Count("Press TV", 1), new Count("Reuters", 1)),
        f.outlets());
    assertEquals(
        List.of(new Count("Dmitry Peskov", 2), new Count("John Kirby", 1), new Count("José Álvarez", 1)),
        f.speakers());
    assertEquals(List.of(new Count("2021", 1), new Count("2022", 4)), f.years());
    assertEquals(List.of(new Count("2021-12", 1), new Count("2022-02", 2), new Count("2022-03", 1)), f.months());
    assertEquals(
        List.of(new Count("2021-12-31", 1), new Count("2022-02-03", 1), new Count("2022-03-15", 1)), f.days());

    FacetCounts q = searcher.facets(SearchRequest.builder("speaker:peskov").build(), Target.QUOTES, 10);
    assertEquals(2, q.total());
    assertEquals(List.of(new Count("RT", 2)), q.outlets());
    assertEquals(List.of(new Count("Dmitry Peskov", 2)), q.speakers());
    assertEquals(List.of(new Count("2022", 2)), q.years());
    assertEquals(List.of(new Count("2022-02", 1)), q.months());
  }

  @Test
  void phraseIsHighlightedAsOneSpan() {
    ArticleHit h = searcher.search(SearchRequest.builder("\"will not attack\"").build()).hits().get(0);
    Snippet s = h.snippets().get(0);
    assertEquals(1, s.matches().size(), s.toString());
    MatchSpan m = s.matches().get(0);
    assertEquals("will not attack", s.text().substring(m.start(), m.end()));
  }

  @Test
  void wordsAreHighlightedSeparately() {
    Snippet s = searcher.search(SearchRequest.builder("tehran vienna").snippets(1, 500).build()).hits().get(0).snippets().get(0);
    List<String> words = s.matches().stream().map(m -> s.text().substring(m.start(), m.end())).toList();
    assertEquals(List.of("Tehran", "Vienna"), words);
  }

  @Test
  void quoteWordsOfAnArticleSearchAreHighlightedInTheBody() {
    // quote: is matched on the quote documents (a join); the same words are marked where the body has them.
    ArticleHit h = searcher.search(SearchRequest.builder("quote:\"no intention\"").build()).hits().get(0);
    assertEquals("a4", h.id());
    Snippet s = h.snippets().get(0);
    assertEquals(List.of("no intention"), s.matches().stream().map(m -> s.text().substring(m.start(), m.end())).toList());
  }

  @Test
  void speakerConditionDoesNotHideTheWordsMarkedInTheBody() {
    Snippet s =
        searcher.search(SearchRequest.builder("speaker:kirby expansion -role:minister").build()).hits().get(0).snippets().get(0);
    assertEquals(List.of("expansion"), s.matches().stream().map(m -> s.text().substring(m.start(), m.end())).toList());
  }

  @Test
  void titleConditionOfAQuoteSearchStillMarksTheQuoteWords() {
    QuoteHit h = searcher.searchQuotes(SearchRequest.builder("title:iran illegal").build()).hits().get(0);
    assertEquals("Iran comments on sanctions", h.title());
    Snippet s = h.snippets().get(0);
    assertEquals(List.of("illegal"), s.matches().stream().map(m -> s.text().substring(m.start(), m.end())).toList());
  }

  @Test
  void quoteHitsAreHighlightedInTheQuote() {
    QuoteHit h = searcher.searchQuotes(SearchRequest.builder("speaker:peskov attack").build()).hits().get(0);
    Snippet s = h.snippets().get(0);
    assertEquals("Russia has no intention to attack anyone.", s.text());
    assertEquals(List.of(new MatchSpan(27, 33)), s.matches());
  }

  @Test
  void metadataOnlyMatchGivesTheLeadSentence() {
    ArticleHit h = searcher.search(SearchRequest.builder("outlet:\"press tv\"").build()).hits().get(0);
    assertEquals(List.of(new Snippet("Tehran criticised the new sanctions.", List.of())), h.snippets());
    ArticleHit none = searcher.search(SearchRequest.builder("id:a3").snippets(0, 100).build()).hits().get(0);
    assertEquals(List.of(), none.snippets());
  }

  @Test
  void storedArticleHasBodyMetadataAndQuotesInOrder() {
    StoredArticle a = searcher.article("a1").orElseThrow();
    assertEquals("RT", a.outlet());
    assertEquals("2022-02-03", a.date().toIsoString());
    assertEquals(Fixtures.A1_BODY, a.text());
    assertEquals("corpus/a1.txt", a.file());
    assertEquals("hash-a1", a.fileHash());
    assertEquals("corpus/a1.txt", a.source().path());
    assertEquals(Fixtures.all().get(0).quotes(), a.quotes());
    assertEquals(Optional.empty(), searcher.article("nope"));
  }

  @Test
  void infoCountsDocumentsAndReportsVersions() {
    IndexInfo info = searcher.info();
    assertEquals(6, info.articles());
    assertEquals(5, info.quotes());
    assertEquals(org.newsquote.index.IndexSchema.SCHEMA_VERSION, info.schemaVersion());
    assertEquals(org.apache.lucene.util.Version.LATEST.toString(), info.luceneVersion());
  }
}
