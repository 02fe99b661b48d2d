package org.newsquote.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = NewsquoteCommand.class.getPackage().getImplementationVersion();
    return new String[] {"newsquote " + (v == null ? "(development build)" : v), "Lucene " + org.apache.lucene.util.Version.LATEST};
  }
}
