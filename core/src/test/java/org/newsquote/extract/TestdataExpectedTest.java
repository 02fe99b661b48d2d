package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquote.model.Quote;

/**
 * Every expected quote of testdata/expected.gold.json (.txt articles read raw, feed records by their text field) must be
 * found with a speaker sharing a name word, matched the way the shared scorer matches. The floors are the figures
 * reached so far; the message lists every miss.
 */
class TestdataExpectedTest {
  private static final double MIN_FOUND = 0.90;
  private static final double MIN_SPEAKER = 0.70;

  @Test
  void expectedQuotesAndSpeakersAreFound() throws IOException {
    Path root = Path.of("../testdata");
    assumeTrue(Files.isRegularFile(root.resolve("expected.gold.json")), "testdata not present");
    ObjectMapper json = new ObjectMapper();
    // expected.gold.json lists every quoted stretch on its own (as the seeds' gold does), so stretches are kept apart
    QuoteExtractor ex = QuoteExtractor.standard().splittingContinuations();
    int total = 0;
    int found = 0;
    int rightSpeaker = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("expected.gold.json"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode rec = json.readTree(line);
      String id = rec.path("id").asText();
      String text = articleText(root, id, json);
      if (text == null) {
        continue;
      }
      List<Quote> got = ex.extract(text);
      Set<Integer> used = new HashSet<>();
      for (JsonNode q : rec.path("quotes")) {
        total++;
        List<String> gw = words(q.path("text").asText());
        int best = -1;
        for (int i = 0; i < got.size(); i++) {
          List<String> pw = words(got.get(i).text());
          if (!used.contains(i) && !pw.isEmpty() && longestRun(pw, gw) >= 0.6 * pw.size()) {
            best = i;
            break;
          }
        }
        if (best < 0) {
          misses.add("missed " + id + ": " + q.path("text").asText());
          continue;
        }
        used.add(best);
        found++;
        String speaker = got.get(best).speaker();
        if (speaker != null && sharesName(speaker, q.path("source").asText())) {
          rightSpeaker++;
        } else {
          misses.add("speaker " + id + ": " + speaker + " for " + q.path("source").asText());
        }
      }
    }
    double f = (double) found / total;
    double s = (double) rightSpeaker / total;
    String report = String.format(Locale.ROOT, "found %d/%d, right speaker %d/%d%n%s", found, total, rightSpeaker,
        total, String.join("\n", misses));
    assertTrue(total > 100, report);
    assertTrue(f >= MIN_FOUND && s >= MIN_SPEAKER, report);
  }

  private static String articleText(Path root, String id, ObjectMapper json) throws IOException {
    Path txt = root.resolve(id + ".txt");
    if (Files.isRegularFile(txt)) {
      return Files.readString(txt, StandardCharsets.UTF_8);
    }
    Path feed = root.resolve("feeds/wire.jsonl");
    if (Files.isRegularFile(feed)) {
      int n = 0;
      for (String l : Files.readAllLines(feed, StandardCharsets.UTF_8)) {
        if (l.isBlank()) {
          continue;
        }
        n++;
        JsonNode r = json.readTree(l);
        if (r.path("id").asText("").equals(id) || id.equals("feeds/wire#" + n)) {
          return r.path("text").asText();
        }
      }
    }
    return null; // HTML pages need the ingest reader
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '_') {
        w.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static int longestRun(List<String> a, List<String> b) {
    int best = 0;
    int[] prev = new int[b.size() + 1];
    for (String x : a) {
      int[] cur = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        if (x.equals(b.get(j - 1))) {
          cur[j] = prev[j - 1] + 1;
          best = Math.max(best, cur[j]);
        }
      }
      prev = cur;
    }
    return best;
  }

  private static boolean sharesName(String speaker, String source) {
    Set<String> s = new HashSet<>(words(speaker));
    for (String w : words(source)) {
      if (w.length() > 1 && s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
