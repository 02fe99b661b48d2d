package org.newsquote.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquote.index.NewsIndexWriter;
import org.newsquote.index.WriterOptions;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;
import org.newsquote.model.SourceRef;

/** Small hand-written articles (our own text) with known quotes, outlets and dates of every precision. */
final class Fixtures {
  private Fixtures() {}

  static final String A1_BODY =
      "John Kirby said on Thursday that NATO has no plans to deploy troops. "
          + "\u201cWe will not attack,\u201d Kirby said.\n\n"
          + "Dmitry Peskov, the Kremlin spokesman, replied that Moscow remained \u201cdeeply concerned about expansion\u201d.";
  static final String A2_BODY =
      "Tehran criticised the new sanctions. \u201cThe sanctions are illegal,\u201d said Nasser Kanaani. "
          + "Kanaani added that the talks would continue in Vienna.";

  static ExtractedArticle article(
      String id, String outlet, DateValue date, String title, String body, Quote... quotes) {
    Article a =
        new Article(id, SourceRef.file("corpus/" + id + ".txt"), outlet, date, title, body, null, Map.of(), Map.of(), null);
    return new ExtractedArticle(a, List.of(quotes));
  }

  static Quote quote(String body, String text, String speaker, String role, String cue, QuoteKind kind) {
    int at = body.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException("quote not in body: " + text);
    }
    return new Quote(text, at - 1, at + text.length() + 1, speaker, role, cue, kind, "test");
  }

  static List<ExtractedArticle> all() {
    List<ExtractedArticle> list = new ArrayList<>();
    list.add(
        article(
            "a1",
            "RT",
            DateValue.ofDay(LocalDate.of(2022, 2, 3)),
            "NATO will not attack Russia, says Kirby",
            A1_BODY,
            quote(A1_BODY, "We will not attack,", "John Kirby", "Pentagon press secretary", "said", QuoteKind.DIRECT),
            quote(A1_BODY, "deeply concerned about expansion", "Dmitry Peskov", "Kremlin spokesman", "replied",
                QuoteKind.PARTIAL)));
    list.add(
        article(
            "a2",
            "Press TV",
            DateValue.ofMonth(2022, 2),
            "Iran comments on sanctions",
            A2_BODY,
            quote(A2_BODY, "The sanctions are illegal,", "Nasser Kanaani", "foreign ministry spokesman", "said",
                QuoteKind.DIRECT)));
    list.add(
        article(
            "a3",
            "Reuters",
            DateValue.ofTime(LocalDateTime.of(2021, 12, 31, 10, 0)),
            "Markets close the year higher",
            "Stocks rose on the last trading day of the year. Oil prices were steady."));
    String a4 =
        "Kremlin spokesman Dmitry Peskov told reporters: \u201cRussia has no intention to attack anyone.\u201d "
            + "He also said NATO expansion was a threat.";
    list.add(
        article(
            "a4",
            "RT",
            DateValue.ofYear(2022),
            "Peskov speaks about Ukraine",
            a4,
            quote(a4, "Russia has no intention to attack anyone.", "Dmitry Peskov", "Kremlin spokesman", "told",
                QuoteKind.DIRECT)));
    String a5 = "The minister Jos\u00e9 \u00c1lvarez said the \u00e9conomie was \u201cgrowing again\u201d this spring.";
    list.add(
        article(
            "a5",
            "Caf\u00e9 Monde",
            null,
            "Une interview",
            a5,
            quote(a5, "growing again", "Jos\u00e9 \u00c1lvarez", "minister", "said", QuoteKind.PARTIAL)));
    list.add(
        article(
            "a6",
            null,
            DateValue.ofDay(LocalDate.of(2022, 3, 15)),
            "",
            "A short note without an outlet. It mentions sanctions once."));
    return list;
  }

  /** Writes {@link #all()} to a new index at {@code dir}. */
  static void writeIndex(Path dir) {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, WriterOptions.defaults())) {
      for (ExtractedArticle a : all()) {
        w.put(a, "corpus/" + a.article().id() + ".txt", "hash-" + a.article().id());
      }
    }
  }
}
