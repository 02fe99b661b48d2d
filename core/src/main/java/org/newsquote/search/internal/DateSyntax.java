package org.newsquote.search.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of the query language ({@code 2022}, {@code 2022-02}, {@code 2022-02-03}) as the span of days each
 * one covers, so that an upper bound {@code 2022-02} includes the whole of February.
 */
public final class DateSyntax {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private DateSyntax() {}

  /** The first and last day a date covers, both inclusive. */
  public record Span(LocalDate first, LocalDate last) {}

  /**
   * The span of {@code text}.
   *
   * @throws IllegalArgumentException with a message fit for a user when it is no date
   */
  public static Span parse(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      // No hint here: the query parser adds one, with the forms a date may take.
      throw new IllegalArgumentException("'" + text + "' is not a date");
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth ym = YearMonth.of(year, month);
        return new Span(ym.atDay(1), ym.atEndOfMonth());
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      return new Span(day, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date in the calendar", e);
    }
  }
}
