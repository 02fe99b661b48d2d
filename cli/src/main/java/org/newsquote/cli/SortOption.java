package org.newsquote.cli;

import org.newsquote.search.Sort;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --sort} choices as users type them: {@code relevance}, {@code date} (oldest first), {@code -date}. */
enum SortOption {
  RELEVANCE("relevance", Sort.RELEVANCE),
  DATE("date", Sort.DATE_ASC),
  NEWEST("-date", Sort.DATE_DESC);

  final String spelling;
  final Sort sort;

  SortOption(String spelling, Sort sort) {
    this.spelling = spelling;
    this.sort = sort;
  }

  @Override
  public String toString() {
    return spelling;
  }

  /** Parses the spellings above (case ignored); picocli shows the message on a bad value. */
  static final class Converter implements ITypeConverter<SortOption> {
    @Override
    public SortOption convert(String value) {
      for (SortOption o : values()) {
        if (o.spelling.equalsIgnoreCase(value.strip())) {
          return o;
        }
      }
      throw new TypeConversionException("expected relevance, date or -date, got '" + value + "'");
    }
  }

  /** The spellings, for help and completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(values()).map(o -> o.spelling).iterator();
    }
  }
}
