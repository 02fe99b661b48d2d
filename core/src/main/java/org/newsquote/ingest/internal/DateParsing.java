package org.newsquote.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquote.model.DateValue;

/**
 * Parses the dates that metadata fields hold (ISO dates and times, RFC 1123, {@code February 19, 2022}), keeping
 * the precision the string states. Times keep the clock time as written, offset dropped. Stateless, thread-safe.
 */
public final class DateParsing {
  /** Month names and the abbreviations newsrooms use, as one regex alternative (with or without a period). */
  public static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?:[A-Z][a-z]+,?\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
              + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?.*)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?:[A-Z][a-z]+,?\\s+)?(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})"
              + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?.*)?");

  private DateParsing() {}

  /** The date a metadata string states, or empty when it is none newsquote understands. */
  public static Optional<DateValue> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return Optional.of(DateValue.ofYear(Integer.parseInt(m.group(1))));
      }
      if ((m = YEAR_MONTH.matcher(s)).matches()) {
        return Optional.of(DateValue.ofMonth(num(m, 1), num(m, 2)));
      }
      if ((m = ISO.matcher(s)).matches()) {
        LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) {
          return Optional.of(DateValue.ofDay(day));
        }
        int seconds = m.group(6) == null ? 0 : num(m, 6);
        return Optional.of(DateValue.ofTime(day.atTime(num(m, 4), num(m, 5), seconds)));
      }
      if ((m = SLASHED.matcher(s)).matches()) {
        return Optional.of(DateValue.ofDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
      }
      if ((m = MONTH_FIRST.matcher(s)).matches()) {
        return Optional.of(dayOrTime(num(m, 3), month(m.group(1)), num(m, 2), m.group(4), m.group(5), m.group(6)));
      }
      if ((m = DAY_FIRST.matcher(s)).matches()) {
        return Optional.of(dayOrTime(num(m, 3), month(m.group(2)), num(m, 1), m.group(4), m.group(5), m.group(6)));
      }
      return Optional.of(DateValue.ofTime(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime()));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static DateValue dayOrTime(int year, int month, int day, String hour, String minute, String ampm) {
    LocalDate date = LocalDate.of(year, month, day);
    if (hour == null) {
      return DateValue.ofDay(date);
    }
    return DateValue.ofTime(
        LocalDateTime.of(date, LocalTime.of(hour24(Integer.parseInt(hour), ampm), Integer.parseInt(minute))));
  }

  /** A 12-hour clock hour as a 24-hour one; {@code ampm} null means the hour is already 24-hour. */
  public static int hour24(int hour, String ampm) {
    if (ampm == null) {
      return hour;
    }
    boolean pm = ampm.equalsIgnoreCase("pm");
    if (hour < 1 || hour > 12) {
      throw new DateTimeException("hour " + hour + " on a 12-hour clock");
    }
    return hour % 12 + (pm ? 12 : 0);
  }

  /** The month number (1–12) of a name or abbreviation matched by {@link #MONTH}. */
  public static int month(String name) {
    String key = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (key) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

}
