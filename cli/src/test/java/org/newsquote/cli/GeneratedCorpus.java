package org.newsquote.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a corpus of invented news articles built from the project's own sentence templates: JSON Lines files of a
 * fixed number of articles each, so a test knows how many articles every file holds. Deterministic for a seed.
 */
final class GeneratedCorpus {
  private static final String[] PEOPLE = {
    "Mira Dunne", "Paul Rennick", "Ines Valk", "Ada Osei", "Tomas Brel", "Lena Fiske", "Omar Haddad", "June Castell"
  };
  private static final String[] ROLES = {
    "council leader", "port spokesman", "harbour master", "transport minister", "union secretary", "mayor",
    "finance director", "lead engineer"
  };
  private static final String[] SUBJECTS = {
    "the tram line", "the new ferry", "the budget", "the depot", "the night shift", "the bridge repairs",
    "the water plan", "the school bus route"
  };
  private static final String[] CLAIMS = {
    "will open on time", "is fully funded", "needs another year", "will cost less than planned",
    "has the support of residents", "cannot go ahead without new staff", "was delayed by the weather",
    "is the best option we have"
  };
  private static final String[] OUTLETS = {"Northfield Courier", "The Harbour Ledger", "The Meridian Post"};

  private GeneratedCorpus() {}

  /** Writes {@code files} JSON Lines files of {@code perFile} articles under {@code dir}, returning {@code dir}. */
  static Path write(Path dir, int files, int perFile, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    for (int f = 0; f < files; f++) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(String.format("feed-%04d.jsonl", f)), StandardCharsets.UTF_8)) {
        for (int a = 0; a < perFile; a++) {
          ObjectNode o = Json.object();
          o.put("id", "gen/" + f + "/" + a);
          o.put("outlet", pick(random, OUTLETS));
          o.put("date", String.format("20%02d-%02d-%02d", 18 + random.nextInt(8), 1 + random.nextInt(12),
              1 + random.nextInt(28)));
          String subject = pick(random, SUBJECTS);
          o.put("title", "Council debates " + subject.substring(4) + " (" + f + "-" + a + ")");
          o.put("text", body(random, subject));
          w.write(Json.MAPPER.writeValueAsString(o));
          w.write('\n');
        }
      }
    }
    return dir;
  }

  private static String body(Random random, String subject) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 3 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      int who = random.nextInt(PEOPLE.length);
      String claim = pick(random, CLAIMS);
      switch (random.nextInt(3)) {
        case 0 -> text.append('\u201c').append(capital(subject)).append(' ').append(claim).append(",\u201d ")
            .append(ROLES[who]).append(' ').append(PEOPLE[who]).append(" said on Tuesday.");
        case 1 -> text.append(PEOPLE[who]).append(", the ").append(ROLES[who]).append(", said: \"")
            .append(capital(subject)).append(' ').append(claim).append(".\"");
        default -> text.append("Residents asked whether ").append(subject).append(' ').append(claim)
            .append(", and the ").append(ROLES[who]).append(" promised an answer within a week.");
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
