package org.newsquote.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found in a corpus walk.
 *
 * @param path the file
 * @param displayPath the path as shown to users and stored in the index: relative to the walked root when there was
 *     one, else as given
 * @param idBase the id its articles take: the path relative to the root without extension ({@code politics/001}), or
 *     the file name without extension when the file was given directly
 */
public record InputFile(Path path, String displayPath, String idBase) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(idBase, "idBase");
  }
}
