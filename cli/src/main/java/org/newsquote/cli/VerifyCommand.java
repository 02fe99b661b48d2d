package org.newsquote.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquote.index.IndexHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsquote verify}: Lucene's CheckIndex over the index, rendered in one line. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Check the index for damage (Lucene CheckIndex: checksums and segment integrity).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsquote verify",
      "  newsquote verify --index /srv/news/.newsquote --json",
      "",
      "Exit status: 0 healthy; 2 damaged, locked by a running index, or no index",
      "(the reason on stderr)."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NewsquoteCommand root;
  @Mixin CommonOptions common;
  @Mixin IndexOption index;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws IOException {
    Path dir = index.resolve(root.environment());
    IndexHealth health = IndexHealth.check(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      var o = Json.object();
      o.put("index", dir.toString());
      o.put("status", health.status().name().toLowerCase(java.util.Locale.ROOT));
      o.put("segments", health.segments());
      o.put("documents", health.documents());
      o.put("problem", health.healthy() ? null : health.problem());
      Json.println(out, o);
      out.flush();
    }
    if (health.status() == IndexHealth.Status.MISSING) {
      throw new CliException(NoIndex.message(dir));
    }
    if (!health.healthy()) {
      throw new CliException(health.problem());
    }
    if (!json.json) {
      Style style = common.style(root.environment());
      out.println(dir + ": " + style.bold("ok") + ", " + health.segments() + " segment"
          + (health.segments() == 1 ? "" : "s") + ", " + health.documents() + " documents");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
