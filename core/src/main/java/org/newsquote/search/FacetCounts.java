package org.newsquote.search;

import java.util.List;
import java.util.Objects;

/**
 * How the hits of a query are spread over outlets, speakers and dates. Outlets and speakers are ordered by count
 * (then label); years ({@code 2022}), months ({@code 2022-02}) and days ({@code 2022-02-03}) chronologically. An
 * article dated only to the year counts in {@code years} but not in {@code months} or {@code days}.
 *
 * @param total how many hits were counted
 */
public record FacetCounts(
    long total, List<Count> outlets, List<Count> speakers, List<Count> years, List<Count> months, List<Count> days) {
  public FacetCounts {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, got " + total);
    }
    outlets = List.copyOf(Objects.requireNonNull(outlets, "outlets"));
    speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
    years = List.copyOf(Objects.requireNonNull(years, "years"));
    months = List.copyOf(Objects.requireNonNull(months, "months"));
    days = List.copyOf(Objects.requireNonNull(days, "days"));
  }
}
