package org.newsquote.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsquote.ingest.CorpusOptions;
import picocli.CommandLine.Option;

/** {@code --include}/{@code --exclude} globs for commands that walk a corpus. A picocli mixin. */
final class CorpusFilterOptions {
  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Only files whose path (relative to the PATH given) matches; repeatable.")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files whose path matches, even when included; repeatable.")
  List<String> exclude = new ArrayList<>();

  CorpusOptions corpusOptions() {
    return new CorpusOptions(include, exclude, CorpusOptions.DEFAULT_MAX_RECORD_CHARS);
  }
}
