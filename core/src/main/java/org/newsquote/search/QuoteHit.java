package org.newsquote.search;

import java.util.List;
import java.util.Objects;
import org.newsquote.model.DateValue;
import org.newsquote.model.QuoteKind;

/**
 * One quote found by a quote search, with the article it is from.
 *
 * @param articleId the id of the article the quote is in
 * @param speaker the speaker, or null when nobody could be named
 * @param role the speaker's role as the article gives it, or null
 * @param text the quoted words
 * @param cue the attribution verb, or null
 * @param kind direct or partial
 * @param outlet the article's outlet, or null
 * @param date the article's date, or null
 * @param title the article's headline (empty when none)
 * @param score the relevance score
 * @param snippets passages of the quote text with the matches marked
 * @param cursor pass to {@link SearchRequest.Builder#after(Cursor)} to continue after this hit
 */
public record QuoteHit(
    String articleId,
    String speaker,
    String role,
    String text,
    String cue,
    QuoteKind kind,
    String outlet,
    DateValue date,
    String title,
    float score,
    List<Snippet> snippets,
    Cursor cursor) {
  public QuoteHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    snippets = List.copyOf(Objects.requireNonNull(snippets, "snippets"));
    Objects.requireNonNull(cursor, "cursor");
  }
}
