package org.newsquote.ingest.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsquote.ingest.OutletSignatures;
import org.newsquote.model.DateValue;

/**
 * Maps the fields of a JSON object (a JSON Lines record or a {@code .meta.json} sidecar) onto an article draft,
 * accepting the usual synonyms; fields with no place of their own are kept as metadata. Stateless, thread-safe.
 */
public final class JsonFields {
  /** Shared, thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final List<String> ID = List.of("id");
  private static final List<String> URL = List.of("url", "link");
  private static final List<String> OUTLET = List.of("outlet", "source", "publisher", "site_name");
  private static final List<String> DATE =
      List.of("date", "published", "publication_date", "published_at", "datePublished", "pubDate");
  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> TEXT = List.of("text", "body", "content");

  private JsonFields() {}

  /**
   * Applies {@code object}'s fields with rule names {@code prefix:FIELD}; returns the body text when the object had
   * one. {@code problems} hears of a date that could not be understood.
   */
  public static Optional<String> apply(
      ArticleDraft draft, JsonNode object, String prefix, OutletSignatures signatures, Consumer<String> problems) {
    String text = null;
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      String rule = prefix + ":" + name;
      if (ID.contains(name) && value.isValueNode()) {
        draft.id(value.asText(), rule);
      } else if (ID.contains(name)) {
        // Said, since the id silently falling back to the file's (feed#7) would change when records move.
        draft.metadata(name, value.toString());
        problems.accept("field '" + name + "' holds " + kind(value) + ", not a string or number; ignored, so the "
            + "id is the one it would have without the field");
      } else if (URL.contains(name) && value.isTextual()) {
        draft.url(value.asText(), rule);
      } else if (OUTLET.contains(name) && !draft.hasOutlet()) {
        // NewsAPI-style feeds give the source as {"id": ..., "name": ...}.
        String outlet = value.isObject() ? value.path("name").asText("") : value.asText("");
        if (!outlet.isBlank()) {
          draft.outlet(signatures.normalise(outlet), rule);
        }
      } else if (DATE.contains(name) && value.isValueNode() && !draft.hasDate()) {
        Optional<DateValue> date = DateParsing.parse(value.asText());
        if (date.isPresent()) {
          draft.date(date.get(), rule);
        } else {
          draft.metadata(name, value.asText());
          problems.accept("field '" + name + "' holds '" + shorten(value.asText()) + "', which is not a date newsquote understands; date left unknown");
        }
      } else if (TITLE.contains(name) && value.isTextual()) {
        draft.title(value.asText(), rule);
      } else if (TITLE.contains(name)) {
        draft.metadata(name, value.isValueNode() ? value.asText() : value.toString());
        problems.accept("field '" + name + "' holds " + kind(value) + ", not a string; not used as the title");
      } else if (TEXT.contains(name) && value.isTextual()) {
        if (text == null || text.isBlank()) {
          text = value.asText();
        }
      } else {
        draft.metadata(name, value.isValueNode() ? value.asText() : value.toString());
      }
    }
    return Optional.ofNullable(text);
  }

  /** Why {@code object} gave no article text, for a message: no text field at all, or one that is not words. */
  public static String whyNoText(JsonNode object) {
    for (String name : TEXT) {
      JsonNode value = object.get(name);
      if (value != null) {
        String holds = value.isTextual() ? "blank" : kind(value) + ", not a string";
        return "its '" + name + "' field is " + holds;
      }
    }
    return "no text, body or content field";
  }

  /** What a JSON value is, for a message: {@code an array}, {@code null}, … */
  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a number";
    };
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
