package org.newsquote.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsquote.index.IndexException;
import org.newsquote.search.NewsSearcher;

/** Opens the index for reading commands, with the one "no index here" message. Stateless. */
final class Searchers {
  private Searchers() {}

  static NewsSearcher open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliException(NoIndex.message(dir));
    }
    try {
      // One command, a few searches, then exit: no memory-mapping set-up (see the method).
      return NewsSearcher.openForFewSearches(dir);
    } catch (IndexException e) {
      if (e.reason() == IndexException.Reason.NOT_FOUND) {
        throw new CliException(NoIndex.message(dir), e);
      }
      throw e;
    }
  }
}
