package org.newsquote.testing;

import java.util.List;
import java.util.Map;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.SourceRef;

/** A handful of invented articles, with their quotes extracted, for tests that need a small real index. */
public final class SampleArticles {
  private SampleArticles() {}

  public static List<ExtractedArticle> some() {
    QuoteExtractor extractor = QuoteExtractor.standard();
    return List.of(
            article("sample/harbour", "The Harbour Ledger", DateValue.ofMonth(2024, 3), "Port adds night shifts",
                "\u201cWe will keep the cranes running through the night,\u201d harbour master Ines Valk said on "
                    + "Monday.\n\nThe union said the plan was \u201crushed\u201d and asked for talks."),
            article("sample/alliance", "Northfield Courier", DateValue.ofYear(2022), "Alliance plans drills",
                "\"NATO will hold the drills as planned,\" spokesman Paul Rennick said.\n\n"
                    + "He added: \"Nobody should read expansion into it.\""),
            article("sample/ferry", null, null, "Ferry inquiry opens",
                "Transport minister Ada Osei said: \"The inquiry will report by June.\n\n"
                    + "\"Every family deserves an answer,\" she added."))
        .stream()
        .map(extractor::apply)
        .toList();
  }

  private static Article article(String id, String outlet, DateValue date, String title, String text) {
    return new Article(id, SourceRef.file(id + ".txt"), outlet, date, title, text, null, Map.of(), Map.of(), null);
  }
}
