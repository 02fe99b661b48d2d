package org.newsquote.ingest.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.newsquote.ingest.CorpusOptions;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.IngestProblem;
import org.newsquote.model.SourceRef;

/**
 * Walks roots depth-first, entries sorted by name, yielding the files of a known format that the include/exclude globs
 * let through. Lazy: only the directories on the current path are held. Symbolic links are followed; a link back to a
 * directory being walked is reported and not followed. Not thread-safe (one walk, one thread).
 */
public final class FileWalker implements Iterator<InputFile> {
  private final Iterator<Path> roots;
  private final List<Glob> include;
  private final List<Glob> exclude;
  private final Consumer<IngestProblem> problems;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Set<Object> walking = new HashSet<>();
  private InputFile next;

  /** One directory being walked: its sorted entries and how far we got. */
  private record Frame(Path dir, String relative, List<Path> entries, int[] position, Object key) {}

  public FileWalker(List<Path> roots, CorpusOptions options, Consumer<IngestProblem> problems) {
    this.roots = List.copyOf(roots).iterator();
    this.include = matchers(options.include());
    this.exclude = matchers(options.exclude());
    this.problems = problems;
  }

  /** A compiled glob; one without a slash also matches the bare file name, so {@code *.txt} works at any depth. */
  private record Glob(PathMatcher matcher, boolean byName) {
    boolean matches(Path relative) {
      return matcher.matches(relative) || (byName && relative.getFileName() != null && matcher.matches(relative.getFileName()));
    }
  }

  private static List<Glob> matchers(List<String> globs) {
    List<Glob> out = new ArrayList<>();
    for (String glob : globs) {
      String pattern = glob.startsWith("glob:") ? glob : "glob:" + glob;
      out.add(new Glob(FileSystems.getDefault().getPathMatcher(pattern), !glob.contains("/")));
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!stack.isEmpty()) {
        next = advance(stack.peek());
      } else if (roots.hasNext()) {
        next = startRoot(roots.next());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public InputFile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputFile result = next;
    next = null;
    return result;
  }

  private InputFile startRoot(Path root) {
    String shown = root.toString();
    if (Files.isDirectory(root)) {
      push(root, "", shown);
      return null;
    }
    if (Files.isRegularFile(root)) {
      // A file named directly is read whatever its name; the reader reports a format it does not know.
      String name = root.getFileName() == null ? shown : root.getFileName().toString();
      return new InputFile(root, shown, Formats.baseName(name));
    }
    report(shown, IngestProblem.Severity.ERROR,
        Files.exists(root, LinkOption.NOFOLLOW_LINKS)
            ? "is neither a file nor a directory that can be read (a broken link or a device); skipped"
            : "does not exist; skipped");
    return null;
  }

  /** Enters a directory unless it is already being walked (a symlink loop). */
  private void push(Path dir, String relative, String shown) {
    Object key;
    List<Path> entries = new ArrayList<>();
    try {
      BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
      key = attributes.fileKey() != null ? attributes.fileKey() : dir.toRealPath();
      if (walking.contains(key)) {
        report(shown, IngestProblem.Severity.WARNING,
            "is a symbolic link loop back to a directory already being walked; not followed");
        return;
      }
      try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
        listing.forEach(entries::add);
      }
    } catch (IOException e) {
      report(shown, IngestProblem.Severity.ERROR, "directory " + RawInput.describe(e).replace("cannot be read", "cannot be listed") + "; skipped");
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    walking.add(key);
    stack.push(new Frame(dir, relative, entries, new int[1], key));
  }

  private InputFile advance(Frame frame) {
    if (frame.position()[0] >= frame.entries().size()) {
      stack.pop();
      walking.remove(frame.key());
      return null;
    }
    Path entry = frame.entries().get(frame.position()[0]++);
    String name = entry.getFileName().toString();
    String relative = frame.relative().isEmpty() ? name : frame.relative() + "/" + name;
    String shown = frame.dir().resolve(name).toString();
    Path relativePath = Path.of(relative);
    if (matchesAny(exclude, relativePath)) {
      return null;
    }
    if (Files.isDirectory(entry)) {
      if (Formats.forName(name).isPresent()) {
        report(shown, IngestProblem.Severity.WARNING,
            "is a directory although its name looks like a file; walked as a directory");
      }
      push(entry, relative, shown);
      return null;
    }
    if (Formats.forName(name).isEmpty()) {
      return null;
    }
    if (!include.isEmpty() && !matchesAny(include, relativePath)) {
      return null;
    }
    if (!Files.isRegularFile(entry)) {
      report(shown, IngestProblem.Severity.ERROR,
          Files.isSymbolicLink(entry) ? "is a broken symbolic link; skipped" : "is not a regular file; skipped");
      return null;
    }
    String parent = frame.relative().isEmpty() ? "" : frame.relative() + "/";
    return new InputFile(entry, relative, parent + Formats.baseName(name));
  }

  private static boolean matchesAny(List<Glob> globs, Path relative) {
    for (Glob glob : globs) {
      if (glob.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private void report(String path, IngestProblem.Severity severity, String reason) {
    problems.accept(new IngestProblem(SourceRef.file(path), severity, reason));
  }
}
