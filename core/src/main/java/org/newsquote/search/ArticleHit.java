package org.newsquote.search;

import java.util.List;
import java.util.Objects;
import org.newsquote.model.DateValue;

/**
 * One article found by a search.
 *
 * @param id the article id
 * @param outlet the outlet, or null when unknown
 * @param date the publication date, or null when unknown
 * @param title the headline (empty when none)
 * @param score the relevance score (also computed when sorting by date)
 * @param snippets passages of the body with the matches marked
 * @param cursor pass to {@link SearchRequest.Builder#after(Cursor)} to continue after this hit
 */
public record ArticleHit(
    String id, String outlet, DateValue date, String title, float score, List<Snippet> snippets, Cursor cursor) {
  public ArticleHit {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    snippets = List.copyOf(Objects.requireNonNull(snippets, "snippets"));
    Objects.requireNonNull(cursor, "cursor");
  }
}
