package org.newsquote.ingest.internal;

import java.util.Locale;
import java.util.Optional;

/** Picks the reader for a file by its name: {@code .txt}, {@code .jsonl}/{@code .ndjson}, {@code .html}/{@code .htm}, each optionally {@code .gz}. */
public final class Formats {
  private static final ArticleFormat TEXT = new TextFormat();
  private static final ArticleFormat JSONL = new JsonlFormat();
  private static final ArticleFormat HTML = new HtmlFormat();

  private Formats() {}

  /** The reader for a file name, or empty when it is no format newsquote reads. */
  public static Optional<ArticleFormat> forName(String fileName) {
    return switch (extension(fileName)) {
      case "txt" -> Optional.of(TEXT);
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      case "html", "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /** The format extension, lower-cased, looking through a trailing {@code .gz}. */
  public static String extension(String fileName) {
    String name = stripGz(fileName);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The name without {@code .gz} and without its format extension: {@code 001.txt.gz} gives {@code 001}. */
  public static String baseName(String fileName) {
    String name = stripGz(fileName);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String stripGz(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
  }
}
