package org.newsquote.cli;

import java.nio.file.Path;

/** The one wording of "there is no index here", for every command that reads one. */
final class NoIndex {
  private NoIndex() {}

  static String message(Path dir) {
    return "no index at " + dir + ": run newsquote index PATH";
  }
}
