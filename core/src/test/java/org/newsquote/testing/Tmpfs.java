package org.newsquote.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test: the honest way to get a full disk or a read-only file system that even root
 * cannot write to. Needs root (or CAP_SYS_ADMIN) and the mount command, which the project's machines and CI have;
 * {@link #mount} returns null elsewhere so the test can skip with an assumption that says why.
 */
public final class Tmpfs implements AutoCloseable {
  private final Path mountPoint;

  private Tmpfs(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** Mounts a tmpfs of {@code kilobytes} at {@code mountPoint} (created if needed), or returns null when it cannot. */
  public static Tmpfs mount(Path mountPoint, int kilobytes) throws IOException, InterruptedException {
    Files.createDirectories(mountPoint);
    if (run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", mountPoint.toString()) != 0) {
      return null;
    }
    return new Tmpfs(mountPoint);
  }

  public Path path() {
    return mountPoint;
  }

  /** Makes the file system read-only; everything on it stays readable. */
  public void remountReadOnly() throws IOException, InterruptedException {
    if (run("mount", "-o", "remount,ro", mountPoint.toString()) != 0) {
      throw new IOException("cannot remount " + mountPoint + " read-only");
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    // Lazy, so that a file a failed test left open cannot keep the mount (and the test's temp dir) busy.
    run("umount", "-l", mountPoint.toString());
  }

  private static int run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return -1; // no mount command here
    }
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
