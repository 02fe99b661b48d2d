package org.newsquote.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;
import org.newsquote.model.SourceMap;
import org.newsquote.model.SourceRef;

/**
 * Reads HTML pages as a browser or crawler saved them, with jsoup: metadata from Open Graph and article meta tags and
 * from JSON-LD, the body from {@code <article>} (or the main content) without navigation, headers, footers, scripts,
 * forms or ads. Tree walks use jsoup's iterative {@link NodeTraversor}, so nesting depth cannot overflow the stack.
 * Stateless, thread-safe.
 */
public final class HtmlFormat implements ArticleFormat {
  private static final Set<String> BLOCKS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td");
  private static final String NOISE =
      "nav, header, footer, aside, script, style, noscript, template, form, iframe, svg, button, select, figure,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [class~=(?i)(^|[\\s_-])(ads?|advert\\w*|sponsor\\w*|promo\\w*|related|share|sharing|social|newsletter"
          + "|comments?|cookie\\w*|sidebar|breadcrumbs?|subscribe|paywall|byline-share)($|[\\s_-])],"
          + " [id~=(?i)(^|[\\s_-])(ads?|advert\\w*|sponsor\\w*|promo\\w*|related|share|social|newsletter|comments?"
          + "|cookie\\w*|sidebar|breadcrumbs?)($|[\\s_-])]";

  @Override
  public Stream<Article> read(InputFile file, ReadContext context) {
    return Stream.of(file).flatMap(f -> readNow(f, context));
  }

  private static Stream<Article> readNow(InputFile file, ReadContext context) {
    String source = RawInput.loadText(file, context);
    if (source == null) {
      return Stream.empty();
    }
    Document doc = Jsoup.parse(source);
    ArticleDraft draft = new ArticleDraft(SourceRef.file(file.displayPath()));
    draft.id(file.idBase(), "path");
    Sidecar.apply(draft, Sidecar.read(file, context), file, context);
    metadata(doc, draft, context);

    List<TextLayout.Line> furniture = new ArrayList<>();
    for (Element footer : doc.select("footer, [role=contentinfo]")) {
      // A footer naming the site is an outlet signature; keep its lines before the footer is dropped.
      for (String line : footer.wholeText().split("\n")) {
        if (!line.isBlank()) {
          furniture.add(new TextLayout.Line(TextFormat.FOOTER, line.strip()));
        }
      }
    }
    Element container = container(doc);
    container.select(NOISE).remove();
    container.select("h1").remove();
    List<String> paragraphs = paragraphs(container);
    if (paragraphs.isEmpty()) {
      context.error(file, 0, "is HTML without any article text; skipped");
      return Stream.empty();
    }
    StringBuilder body = new StringBuilder();
    List<SourceMap.Piece> pieces = new ArrayList<>();
    int cursor = 0;
    for (String paragraph : paragraphs) {
      if (!body.isEmpty()) {
        body.append("\n\n");
      }
      // Only text that appears verbatim in the file (no entities, no markup inside) can be pointed to exactly.
      int at = source.indexOf(paragraph, cursor);
      if (at >= 0) {
        pieces.add(new SourceMap.Piece(body.length(), at, paragraph.length()));
        cursor = at + paragraph.length();
      }
      body.append(paragraph);
    }
    String text = body.toString();
    MetadataRecovery.recover(draft, new TextLayout(furniture, paragraphs.get(0), text, TextLayout.lastLines(paragraphs)), context.signatures());
    return Stream.of(draft.build(text, new SourceMap(pieces), "html:" + container.normalName()));
  }

  private static void metadata(Document doc, ArticleDraft draft, ReadContext context) {
    JsonNode ld = JsonLd.article(doc);
    draft.outlet(normalised(meta(doc, "og:site_name"), context), "html:og:site_name");
    if (ld != null) {
      draft.outlet(normalised(JsonLd.text(ld, "publisher"), context), "html:json-ld:publisher");
    }
    date(draft, meta(doc, "article:published_time"), "html:article:published_time");
    if (ld != null) {
      date(draft, JsonLd.text(ld, "datePublished"), "html:json-ld:datePublished");
    }
    date(draft, meta(doc, "datePublished"), "html:itemprop:datePublished");
    date(draft, meta(doc, "date"), "html:meta:date");
    Element time = doc.selectFirst("article time[datetime], time[datetime]");
    if (time != null) {
      date(draft, time.attr("datetime"), "html:time");
    }
    if (ld != null) {
      draft.title(JsonLd.text(ld, "headline"), "html:json-ld:headline");
    }
    draft.title(meta(doc, "og:title"), "html:og:title");
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      draft.title(h1.text(), "html:h1");
    }
    draft.title(doc.title(), "html:title");
    draft.url(meta(doc, "og:url"), "html:og:url");
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      draft.url(canonical.attr("href"), "html:canonical");
    }
    if (ld != null) {
      draft.url(JsonLd.text(ld, "url"), "html:json-ld:url");
      draft.metadata("author", JsonLd.text(ld, "author"));
    }
    draft.metadata("author", meta(doc, "author"));
    draft.metadata("description", meta(doc, "description"));
  }

  private static void date(ArticleDraft draft, String raw, String rule) {
    if (raw != null) {
      DateParsing.parse(raw).ifPresent(date -> draft.date(date, rule));
    }
  }

  private static String normalised(String outlet, ReadContext context) {
    return outlet == null || outlet.isBlank() ? null : context.signatures().normalise(outlet);
  }

  /** A meta tag's content by {@code property}, {@code name} or {@code itemprop}. */
  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
    String content = e == null ? null : e.attr("content");
    return content == null || content.isBlank() ? null : content;
  }

  /** The element holding the article: the longest {@code <article>}, else the main content, else the body. */
  private static Element container(Document doc) {
    Element best = null;
    for (Element article : doc.select("article, [itemprop=articleBody]")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best == null) {
      best = doc.selectFirst("main, [role=main]");
    }
    return best != null ? best : doc.body();
  }

  /** The text of each outermost block (paragraph, list item, heading) in document order. */
  private static List<String> paragraphs(Element container) {
    List<String> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private Node open;

          @Override
          public void head(Node node, int depth) {
            if (open == null && node instanceof Element e && BLOCKS.contains(e.normalName())) {
              open = node;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node == open) {
              String text = ((Element) node).text();
              if (!text.isBlank()) {
                out.add(text);
              }
              open = null;
            }
          }
        },
        container);
    if (out.isEmpty() && !container.text().isBlank()) {
      out.add(container.text());
    }
    return out;
  }
}
