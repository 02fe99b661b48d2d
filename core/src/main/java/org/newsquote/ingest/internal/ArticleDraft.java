package org.newsquote.ingest.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsquote.model.Article;
import org.newsquote.model.ArticleField;
import org.newsquote.model.DateValue;
import org.newsquote.model.SourceMap;
import org.newsquote.model.SourceRef;

/**
 * An article being assembled. Sources are applied in trust order (sidecar, then the format's explicit metadata, then
 * rules on the text), and the first value set for a field wins, so each setter is a no-op once the field is known.
 * Not thread-safe: one draft per article.
 */
public final class ArticleDraft {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private final SourceRef source;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final Map<ArticleField, String> decidedBy = new EnumMap<>(ArticleField.class);
  private String id;
  private String outlet;
  private DateValue date;
  private String title;
  private String url;

  public ArticleDraft(SourceRef source) {
    this.source = source;
  }

  public void id(String value, String rule) {
    if (id == null && value != null && !value.isBlank()) {
      id = value.strip();
      decidedBy.put(ArticleField.ID, rule);
    }
  }

  public void outlet(String value, String rule) {
    if (outlet == null && value != null && !value.isBlank()) {
      outlet = value.strip();
      decidedBy.put(ArticleField.OUTLET, rule);
    }
  }

  public void date(DateValue value, String rule) {
    if (date == null && value != null) {
      date = value;
      decidedBy.put(ArticleField.DATE, rule);
    }
  }

  public void title(String value, String rule) {
    if (title == null && value != null && !value.isBlank()) {
      title = SPACES.matcher(value.strip()).replaceAll(" ");
      decidedBy.put(ArticleField.TITLE, rule);
    }
  }

  public void url(String value, String rule) {
    if (url == null && value != null && !value.isBlank()) {
      url = value.strip();
      decidedBy.put(ArticleField.URL, rule);
    }
  }

  /** Keeps a field the source carried that has no place of its own; an existing key is not overwritten. */
  public void metadata(String key, String value) {
    if (value != null) {
      metadata.putIfAbsent(key, value);
    }
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public boolean hasOutlet() {
    return outlet != null;
  }

  public boolean hasDate() {
    return date != null;
  }

  public String url() {
    return url;
  }

  public String title() {
    return title;
  }

  /** The finished article; {@code bodyRule} names where the body came from. */
  public Article build(String text, SourceMap sourceMap, String bodyRule) {
    decidedBy.put(ArticleField.BODY, bodyRule);
    return new Article(id, source, outlet, date, title, text, url, metadata, decidedBy, sourceMap);
  }
}
