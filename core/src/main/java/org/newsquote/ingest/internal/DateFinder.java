package org.newsquote.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquote.model.DateValue;

/**
 * Finds an article's publication date in its text when no metadata gave one. The rules, in the order they are
 * trusted: a labelled date ({@code date 2022-02-03}), a date line under the headline, an aggregator line
 * ({@code https://ift.tt/… February 19, 2022 at 07:45PM}), a dateline ({@code MOSCOW, Feb 26 (Reuters) -}), and a date
 * the lead gives its news ({@code … told CNN on Jan. 25.}). A date line above the headline is a page banner (the day
 * the page was saved) and is never used: unknown beats wrong. Stateless, thread-safe.
 */
public final class DateFinder {
  /** Metadata key for what is certain of a date that could not be completed (the month of an aggregator line). */
  public static final String PARTIAL_DATE = "date_partial";

  private static final String M = DateParsing.MONTH;
  private static final Pattern LABEL =
      Pattern.compile("(?i)(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|first published(?: on)?)[\\s:]+");
  private static final Pattern AGGREGATOR =
      Pattern.compile("(?:(" + M + ")\\s+)?(\\d{1,2}),\\s+(\\d{4})\\s+at\\s+(\\d{1,2}):(\\d{2})\\s*([AP]M)$");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[A-Z][A-Za-z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?,\\s+(" + M + ")\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?"
              + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");
  private static final Pattern LEAD_DATE =
      Pattern.compile(
          "\\b[Oo]n\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(" + M
              + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?\\b");
  private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|next|plans? to|is to|are to|scheduled|until|by)\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + M + ")\\s+(?:(\\d{1,2}),?\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + M + ")\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})/");

  private DateFinder() {}

  /**
   * The date the text states, or empty. When only part of a date is certain (an aggregator line that lost its month),
   * the certain part goes into {@code metadata} under {@link #PARTIAL_DATE} and the date stays unknown.
   */
  public static Optional<Found<DateValue>> find(TextLayout layout, String url, Map<String, String> metadata) {
    for (TextLayout.Line line : layout.furniture()) {
      if (line.kind().equals(TextFormat.DATE_LABEL)) {
        Matcher m = LABEL.matcher(line.text());
        String rest = m.lookingAt() ? line.text().substring(m.end()) : line.text();
        Optional<DateValue> date = DateParsing.parse(rest);
        if (date.isPresent()) {
          return Optional.of(new Found<>(date.get(), "text:date-label"));
        }
      }
    }
    for (TextLayout.Line line : layout.furniture()) {
      if (line.kind().equals(TextFormat.BYLINE_DATE)) {
        Optional<DateValue> date = PageDebris.publishedDate(line.text());
        if (date.isPresent()) {
          return Optional.of(new Found<>(date.get(), "text:byline-date"));
        }
      }
    }
    for (TextLayout.Line line : layout.furniture()) {
      if (line.kind().equals(PageDebris.AGGREGATOR)) {
        Optional<Found<DateValue>> date = aggregator(line.text(), layout.body(), url, metadata);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    Matcher dateline = DATELINE.matcher(layout.lead());
    if (dateline.find()) {
      Optional<Found<DateValue>> date = monthDay(dateline, layout.body(), "text:dateline");
      if (date.isPresent()) {
        return date;
      }
    }
    Matcher lead = LEAD_DATE.matcher(layout.lead());
    while (lead.find()) {
      int sentenceStart = Math.max(layout.lead().lastIndexOf(". ", lead.start()), 0);
      if (FUTURE.matcher(layout.lead().substring(sentenceStart, lead.start())).find()) {
        continue;
      }
      Optional<Found<DateValue>> date = monthDay(lead, layout.body(), "text:lead-date");
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** A month and day from groups 1 and 2, the year from group 3 or inferred from the body; empty when unsafe. */
  private static Optional<Found<DateValue>> monthDay(Matcher m, String body, String rule) {
    int month = DateParsing.month(m.group(1));
    int day = Integer.parseInt(m.group(2));
    Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : inferYear(month, day, body);
    if (year == null) {
      return Optional.empty();
    }
    try {
      String how = m.group(3) != null ? rule : rule + "+year-from-text";
      return Optional.of(new Found<>(DateValue.ofDay(LocalDate.of(year, month, day)), how));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The year of a month and day the text gives without one: the text's latest dated mention ({@code Oct. 2021}) is
   * in the past of the news, so the day falls in that mention's year if it is not earlier in the year, else the next.
   * Null when the text dates nothing with a month and year.
   */
  static Integer inferYear(int month, int day, String body) {
    int latestYear = -1;
    int latestMonth = -1;
    Matcher m = MONTH_YEAR.matcher(body);
    while (m.find()) {
      int y = Integer.parseInt(m.group(3));
      int mo = DateParsing.month(m.group(1));
      if (y > latestYear || (y == latestYear && mo > latestMonth)) {
        latestYear = y;
        latestMonth = mo;
      }
    }
    if (latestYear < 0) {
      return null;
    }
    return month >= latestMonth ? latestYear : latestYear + 1;
  }

  private static Optional<Found<DateValue>> aggregator(String line, String body, String url, Map<String, String> metadata) {
    Matcher m = AGGREGATOR.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    LocalTime time;
    try {
      time = LocalTime.of(DateParsing.hour24(Integer.parseInt(m.group(4)), m.group(6)), Integer.parseInt(m.group(5)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String rule = "text:aggregator-line";
    Integer month = m.group(1) == null ? null : DateParsing.month(m.group(1));
    if (month == null) {
      month = monthFromUrl(url, year, day);
      rule = "text:aggregator-line+month-from-url";
    }
    if (month == null) {
      month = monthFromText(body, year, day);
      rule = "text:aggregator-line+month-from-text";
    }
    if (month == null) {
      // The month is lost and nothing else fixes it: guessing could date the article to the wrong month.
      metadata.put(PARTIAL_DATE, String.format("%04d-??-%02dT%s", year, day, time));
      return Optional.empty();
    }
    try {
      return Optional.of(new Found<>(DateValue.ofTime(LocalDate.of(year, month, day).atTime(time)), rule));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Integer monthFromUrl(String url, int year, int day) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find() && Integer.parseInt(m.group(1)) == year && Integer.parseInt(m.group(3)) == day) {
      return Integer.parseInt(m.group(2));
    }
    return null;
  }

  /** The month when the text names exactly one month with this day and year ({@code February 19, 2022}). */
  private static Integer monthFromText(String body, int year, int day) {
    Integer found = null;
    Matcher m = MONTH_YEAR.matcher(body);
    while (m.find()) {
      if (m.group(2) != null && Integer.parseInt(m.group(2)) == day && Integer.parseInt(m.group(3)) == year) {
        int month = DateParsing.month(m.group(1));
        if (found != null && found != month) {
          return null;
        }
        found = month;
      }
    }
    Matcher d = DAY_MONTH_YEAR.matcher(body);
    while (d.find()) {
      if (Integer.parseInt(d.group(1)) == day && Integer.parseInt(d.group(3)) == year) {
        int month = DateParsing.month(d.group(2));
        if (found != null && found != month) {
          return null;
        }
        found = month;
      }
    }
    return found;
  }
}
