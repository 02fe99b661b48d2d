package org.newsquote.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication date as precise as the source gave it: a year, a month, a day, or a day with a time.
 * Fields finer than the precision are normalised (a {@link Precision#MONTH} value is the first of its month at
 * midnight), so two values with the same meaning are equal.
 *
 * @param value the instant, in the source's local time (UTC where the source said so)
 * @param precision how much of {@code value} the source actually stated
 */
public record DateValue(LocalDateTime value, Precision precision) {

  /** How much of a date the source stated. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY,
    TIME
  }

  public DateValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    value =
        switch (precision) {
          case YEAR -> LocalDateTime.of(value.getYear(), 1, 1, 0, 0);
          case MONTH -> LocalDateTime.of(value.getYear(), value.getMonth(), 1, 0, 0);
          case DAY -> value.toLocalDate().atStartOfDay();
          case TIME -> value.withNano(0);
        };
  }

  public static DateValue ofYear(int year) {
    return new DateValue(LocalDateTime.of(year, 1, 1, 0, 0), Precision.YEAR);
  }

  public static DateValue ofMonth(int year, int month) {
    return new DateValue(LocalDateTime.of(year, month, 1, 0, 0), Precision.MONTH);
  }

  public static DateValue ofDay(LocalDate day) {
    return new DateValue(day.atStartOfDay(), Precision.DAY);
  }

  public static DateValue ofTime(LocalDateTime time) {
    return new DateValue(time, Precision.TIME);
  }

  /** The first day the value covers: the day itself, or the first of its month or year. */
  public LocalDate firstDay() {
    return value.toLocalDate();
  }

  /** The last day the value covers: the day itself, or the last of its month or year. */
  public LocalDate lastDay() {
    LocalDate first = firstDay();
    return switch (precision) {
      case YEAR -> first.withDayOfYear(first.lengthOfYear());
      case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
      case DAY, TIME -> first;
    };
  }

  /** ISO 8601 cut to the precision: {@code 2022}, {@code 2022-02}, {@code 2022-02-03}, {@code 2022-02-03T19:45:00}. */
  public String toIsoString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", value.getYear());
      case MONTH -> String.format("%04d-%02d", value.getYear(), value.getMonthValue());
      case DAY -> value.toLocalDate().toString();
      case TIME -> value.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    };
  }

  /** Parses what {@link #toIsoString()} writes. */
  public static DateValue parseIso(String iso) {
    Objects.requireNonNull(iso, "iso");
    String s = iso.strip();
    try {
      if (s.matches("\\d{4}")) {
        return ofYear(Integer.parseInt(s));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return ofMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return ofDay(LocalDate.parse(s));
      }
      return ofTime(LocalDateTime.parse(s));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO date: '" + iso + "'", e);
    }
  }

  /** The time of day when the precision is {@link Precision#TIME}, else midnight. */
  public LocalTime time() {
    return value.toLocalTime();
  }

  @Override
  public String toString() {
    return toIsoString();
  }
}
