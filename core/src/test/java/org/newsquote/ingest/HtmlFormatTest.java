package org.newsquote.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsquote.ingest.IngestFixtures.read;
import static org.newsquote.ingest.IngestFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquote.model.Article;
import org.newsquote.model.ArticleField;
import org.newsquote.model.IngestProblem;

/** Saved HTML: metadata from meta tags and JSON-LD, body without page chrome, and hostile pages. */
class HtmlFormatTest {
  @TempDir Path dir;

  @Test
  void metaTagsAndArticleBodyWithoutChrome() throws Exception {
    String html =
        """
        <html><head><title>Page title | Site</title>
        <meta property="og:site_name" content="RT">
        <meta property="og:title" content="OG headline">
        <meta property="article:published_time" content="2022-02-19T19:45:00+03:00">
        <meta property="og:url" content="https://rt.test/news/1">
        </head><body>
        <nav><p>Home News Sport</p></nav>
        <article><h1>Visible headline</h1>
        <p>First paragraph of the story.</p>
        <div class="ad-slot"><p>Buy now</p></div>
        <script>var x = 1;</script>
        <p>“A quote,” she said.</p>
        <aside><p>Related story</p></aside>
        </article>
        <footer><p>© RT</p></footer>
        </body></html>
        """;
    Path file = write(dir, "news/page.html", html);
    Article a = read(dir).only();
    assertEquals("news/page", a.id());
    assertEquals("RT", a.outlet());
    assertEquals("html:og:site_name", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2022-02-19T19:45:00", a.date().toIsoString());
    assertEquals("html:article:published_time", a.decidedBy().get(ArticleField.DATE));
    assertEquals("OG headline", a.title());
    assertEquals("https://rt.test/news/1", a.url());
    assertEquals("First paragraph of the story.\n\n“A quote,” she said.", a.text());
    String source = Files.readString(file);
    int at = a.sourceMap().toSource(a.text().indexOf("“A quote,”"));
    assertTrue(source.startsWith("“A quote,”", at));
  }

  @Test
  void jsonLdOutranksOpenGraphForTheTitleAndFillsPublisherAndDate() throws Exception {
    String html =
        """
        <html><head>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"},
          {"@type": "NewsArticle", "headline": "LD headline", "datePublished": "2022-02-03",
           "publisher": {"@type": "Organization", "name": "presstv.ir"}}]}</script>
        <meta property="og:title" content="OG headline">
        </head><body><main><h1>H1</h1><p>Text.</p></main></body></html>
        """;
    write(dir, "a.htm", html);
    Article a = read(dir).only();
    assertEquals("LD headline", a.title());
    assertEquals("html:json-ld:headline", a.decidedBy().get(ArticleField.TITLE));
    assertEquals("Press TV", a.outlet());
    assertEquals("html:json-ld:publisher", a.decidedBy().get(ArticleField.OUTLET));
    assertEquals("2022-02-03", a.date().toIsoString());
    assertEquals("Text.", a.text());
  }

  @Test
  void timeElementAndH1AndFooterSignatureWhenNoMetaTags() throws Exception {
    String html =
        "<html><body><article><h1>Headline</h1><time datetime=\"2021-10-05\">Oct 5</time><p>Body.</p></article>"
            + "<footer><p>Copyright 2021 Reuters. All rights reserved.</p></footer></body></html>";
    Article a = read(write(dir, "a.html", html)).only();
    assertEquals("Headline", a.title());
    assertEquals("html:h1", a.decidedBy().get(ArticleField.TITLE));
    assertEquals("2021-10-05", a.date().toIsoString());
    assertEquals("html:time", a.decidedBy().get(ArticleField.DATE));
    assertEquals("Reuters", a.outlet());
    assertEquals("signature:copyright-footer", a.decidedBy().get(ArticleField.OUTLET));
  }

  @Test
  void htmlWithoutArticleTextIsReported() throws Exception {
    IngestFixtures.Run run = read(write(dir, "empty.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"));
    assertEquals(0, run.articles().size());
    assertEquals(1, run.problems().size());
    assertEquals(IngestProblem.Severity.ERROR, run.problems().get(0).severity());
    assertTrue(run.problems().get(0).reason().contains("without any article text"));
  }

  @Test
  void nestingAHundredThousandDeepDoesNotOverflowTheStack() throws Exception {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep text.</p>" + "</div>".repeat(depth) + "</body></html>";
    Article a = read(write(dir, "deep.html", html)).only();
    assertTrue(a.text().contains("Deep text."));
    assertFalse(a.text().isBlank());
  }
}
