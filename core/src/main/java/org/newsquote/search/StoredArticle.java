package org.newsquote.search;

import java.util.List;
import java.util.Objects;
import org.newsquote.model.DateValue;
import org.newsquote.model.Quote;
import org.newsquote.model.SourceRef;

/**
 * An article as the index holds it, with its quotes: what {@code newsquote show ID} prints.
 *
 * @param id the article id
 * @param source where it was read from
 * @param file the file name given to the writer
 * @param fileHash the file's hash given to the writer
 * @param outlet the outlet, or null
 * @param date the date, or null
 * @param title the headline (empty when none)
 * @param text the body
 * @param url the address, or null
 * @param quotes its quotes in text order
 */
public record StoredArticle(
    String id,
    SourceRef source,
    String file,
    String fileHash,
    String outlet,
    DateValue date,
    String title,
    String text,
    String url,
    List<Quote> quotes) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileHash, "fileHash");
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
    quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
  }
}
