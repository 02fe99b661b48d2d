package org.newsquote.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small articles the tests write: our own text, in the scraped-page form newsquote reads. */
final class Articles {
  private Articles() {}

  static String article(String title, String speaker, String quote) {
    return title + "\n\n"
        + "The meeting in Brussels ended late on Tuesday after hours of talks between ministers.\n\n"
        + "“" + quote + ",” " + speaker + " said after the meeting.\n\n"
        + "Officials gave no further details on the next steps.\n";
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Three articles: two that mention the alliance, one about a glacier. */
  static Path corpus(Path dir) throws IOException {
    write(dir.resolve("world/drills.txt"),
        article("Alliance plans winter drills", "Jane Doe", "The alliance is ready for winter drills"));
    write(dir.resolve("world/summit.txt"),
        article("Summit agrees on alliance budget", "John Roe", "Every member of the alliance will pay its share"));
    write(dir.resolve("science/glacier.txt"),
        article("Glacier shrinks again", "Ann Poe", "The ice is going faster than we thought"));
    return dir;
  }
}
