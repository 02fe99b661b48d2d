package org.newsquote.ingest.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article object in a page's JSON-LD ({@code <script type="application/ld+json">}): the first object whose
 * {@code @type} is an article type, looking into arrays and {@code @graph}. Iterative, so deep JSON cannot overflow
 * the stack. Stateless, thread-safe.
 */
final class JsonLd {
  private JsonLd() {}

  /** The article object, or null when the page has none (or its JSON-LD is broken, which pages often are). */
  static JsonNode article(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JsonFields.MAPPER.readTree(script.data());
      } catch (JacksonException e) {
        continue;
      }
      Deque<JsonNode> pending = new ArrayDeque<>();
      if (root != null) {
        pending.add(root);
      }
      while (!pending.isEmpty()) {
        JsonNode node = pending.poll();
        if (node.isArray()) {
          node.forEach(pending::add);
        } else if (node.isObject()) {
          if (isArticle(node.path("@type"))) {
            return node;
          }
          if (node.has("@graph")) {
            pending.add(node.get("@graph"));
          }
        }
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting");
  }

  /** A text property, or the {@code name} of an object (or of the first object of an array) in it. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.has("name") ? value.path("name") : value.path("@id");
    }
    return value.isValueNode() ? value.asText(null) : null;
  }
}
