package org.newsquote.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.newsquote.model.Article;
import org.newsquote.model.DateValue;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;

/**
 * JSON Lines output: the object shapes of newsquote's JSON contracts, built with Jackson and written one a line.
 * Field names here are a public interface (scripts and the scorer read them): add, never rename. Thread-safe.
 */
final class Json {
  private Json() {}

  /** Shared, configured once: Jackson mappers are thread-safe after configuration. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Writes {@code node} as one line; escapes any control character so a line is always one record. */
  static void println(PrintWriter out, Object node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String date(DateValue d) {
    return d == null ? null : d.toIsoString();
  }

  /**
   * The {@code extract --json} contract: {@code {"id","source","outlet","date","title","quotes":[...]}} with quote
   * offsets in code points (Java offsets are UTF-16, the scorer counts code points).
   */
  static ObjectNode extracted(ExtractedArticle extracted) {
    Article a = extracted.article();
    ObjectNode o = object();
    o.put("id", a.id());
    o.put("source", a.source().toString());
    o.put("outlet", a.outlet());
    o.put("date", date(a.date()));
    o.put("title", a.title());
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : extracted.quotes()) {
      quotes.add(quote(q, a.text()));
    }
    return o;
  }

  static ObjectNode quote(Quote q, String text) {
    ObjectNode o = object();
    o.put("speaker", q.speaker());
    o.put("role", q.role());
    o.put("text", q.text());
    o.put("start", codePoints(text, q.start()));
    o.put("end", codePoints(text, q.end()));
    o.put("cue", q.cue());
    o.put("kind", q.kind().label());
    o.put("rule", q.rule());
    return o;
  }

  /** The code-point offset of UTF-16 offset {@code utf16} in {@code text} (clamped to the text). */
  static int codePoints(String text, int utf16) {
    int end = Math.max(0, Math.min(utf16, text.length()));
    return text.codePointCount(0, end);
  }

  /** Snippets as {@code [{"text", "matches": [[start, end], ...]}]}, offsets in code points like everything else. */
  static ArrayNode snippets(java.util.List<org.newsquote.search.Snippet> snippets) {
    ArrayNode array = array();
    for (var s : snippets) {
      ObjectNode o = array.addObject();
      o.put("text", s.text());
      ArrayNode matches = o.putArray("matches");
      for (var m : s.matches()) {
        matches.addArray().add(codePoints(s.text(), m.start())).add(codePoints(s.text(), m.end()));
      }
    }
    return array;
  }

  /** An article hit: {@code {"id","outlet","date","title","score","snippets"}}. */
  static ObjectNode articleHit(org.newsquote.search.ArticleHit hit) {
    ObjectNode o = object();
    o.put("id", hit.id());
    o.put("outlet", hit.outlet());
    o.put("date", date(hit.date()));
    o.put("title", hit.title());
    putScore(o, hit.score());
    o.set("snippets", snippets(hit.snippets()));
    return o;
  }

  /** JSON has no NaN: a score that is not a number (none computed) is null, never the string "NaN". */
  static void putScore(ObjectNode o, float score) {
    if (Float.isFinite(score)) {
      o.put("score", score);
    } else {
      o.putNull("score");
    }
  }

  /** A quote hit: {@code {"article_id","speaker","role","text","outlet","date","title","score","snippets"}}. */
  static ObjectNode quoteHit(org.newsquote.search.QuoteHit hit) {
    ObjectNode o = object();
    o.put("article_id", hit.articleId());
    o.put("speaker", hit.speaker());
    o.put("role", hit.role());
    o.put("text", hit.text());
    o.put("outlet", hit.outlet());
    o.put("date", date(hit.date()));
    o.put("title", hit.title());
    putScore(o, hit.score());
    o.set("snippets", snippets(hit.snippets()));
    o.put("cue", hit.cue());
    o.put("kind", hit.kind().label());
    return o;
  }
}
