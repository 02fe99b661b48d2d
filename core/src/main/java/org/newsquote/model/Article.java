package org.newsquote.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, with the metadata recovered for it. Immutable.
 *
 * <p>{@code text} is the article body with page debris removed; quote offsets point into it, and {@link
 * #sourceMap()} turns them back into offsets of the file the article was read from.
 *
 * @param id stable, unique id: the JSON Lines {@code id}, else the path relative to the walked root without its
 *     extension ({@code politics/001}), {@code #N} appended for the N-th record of a JSON Lines file without ids
 * @param source the file (and line) the article came from
 * @param outlet canonical outlet name ({@code RT}, {@code Press TV}), or null when unknown
 * @param date publication date with its precision, or null when unknown ("unknown" beats a wrong date)
 * @param title the headline, or the empty string when none could be found
 * @param text the body text, never null (may be empty only when the source had no body)
 * @param url the article's address when the source gave one, else null
 * @param metadata further fields the source carried, kept as text
 * @param decidedBy for each recovered field, the name of the rule that decided it ({@code jsonl:outlet},
 *     {@code signature:press-tv}, {@code html:og:title}, ...)
 * @param sourceMap maps body offsets back to offsets in the source file
 */
public record Article(
    String id,
    SourceRef source,
    String outlet,
    DateValue date,
    String title,
    String text,
    String url,
    Map<String, String> metadata,
    Map<ArticleField, String> decidedBy,
    SourceMap sourceMap) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    if (outlet != null && outlet.isBlank()) {
      outlet = null;
    }
    if (url != null && url.isBlank()) {
      url = null;
    }
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    decidedBy = decidedBy == null ? Map.of() : Map.copyOf(decidedBy);
    sourceMap = sourceMap == null ? SourceMap.identity(text.length()) : sourceMap;
  }

  /** A minimal article: id, source and body; everything else unknown. */
  public static Article of(String id, SourceRef source, String title, String text) {
    return new Article(id, source, null, null, title, text, null, Map.of(), Map.of(), null);
  }

  public Optional<String> outletIfKnown() {
    return Optional.ofNullable(outlet);
  }

  public Optional<DateValue> dateIfKnown() {
    return Optional.ofNullable(date);
  }
}
