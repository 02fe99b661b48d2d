package org.newsquote.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Notes on stderr that do not change the exit status. Stateless. */
final class Warnings {
  private Warnings() {}

  static void timedOut(CommandSpec spec, boolean timedOut) {
    if (timedOut) {
      spec.commandLine().getErr().println("newsquote: warning: the search hit its time limit; results are partial");
      spec.commandLine().getErr().flush();
    }
  }
}
