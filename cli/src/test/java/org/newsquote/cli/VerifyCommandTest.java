package org.newsquote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir Path tmp;

  @Test
  void damagedIndexIsExitTwoWithOneLine() throws Exception {
    Path corpus = Articles.corpus(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--index", index.toString(), corpus.toString()).exit());
    assertEquals(0, Cli.run("verify", "--index", index.toString()).exit());

    Path victim;
    try (Stream<Path> files = Files.list(index)) {
      victim = files.filter(p -> p.getFileName().toString().matches(".*\\.(cfs|fdt)"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(victim, bytes);

    Cli.Result r = Cli.run("verify", "--index", index.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("newsquote: "), r.err());
    assertEquals("", r.out());
  }
}
