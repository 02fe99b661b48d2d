package org.newsquote.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsquote.search.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Query, paging, order and {@code --count}, shared by {@code search} and {@code quotes}. A picocli mixin. */
final class SearchOptions {
  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "" + SearchRequest.DEFAULT_LIMIT,
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits.")
  int offset;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      converter = SortOption.Converter.class,
      completionCandidates = SortOption.Candidates.class,
      description = "relevance, date (oldest first) or -date (newest first); default: ${DEFAULT-VALUE}.")
  SortOption sort = SortOption.RELEVANCE;

  @Option(names = {"-c", "--count"}, description = "Print only the number of hits.")
  boolean count;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined by spaces.")
  List<String> query = new ArrayList<>();

  SearchRequest request() {
    if (limit < 0) {
      throw new CliException("--limit must be >= 0, got " + limit);
    }
    if (offset < 0) {
      throw new CliException("--offset must be >= 0, got " + offset);
    }
    if ((long) offset + limit > SearchRequest.MAX_WINDOW) {
      throw new CliException("--offset + --limit must be at most " + SearchRequest.MAX_WINDOW + ", got "
          + ((long) offset + limit));
    }
    return SearchRequest.builder(String.join(" ", query)).limit(limit).offset(offset).sort(sort.sort).build();
  }
}
