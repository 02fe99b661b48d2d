package org.newsquote.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.newsquote.ingest.Corpus;
import org.newsquote.model.Article;
import org.newsquote.model.Quote;
import org.newsquote.testing.Testdata;

/**
 * The quotes {@code newsquote extract} finds in testdata (articles read by {@link Corpus}, quotes by
 * {@link QuoteExtractor#standard()}, as the CLI does) against testdata/expected.gold.json, which lists one entry per
 * attribution, the convention of the default extractor. Predicted and expected quotes are paired as the shared scorer
 * pairs them; then every expected quote must be found, with its speaker, and every predicted quote must be expected.
 * The exceptions are the {@link #KNOWN} problems, one line each: the test fails when any other problem appears and
 * also when a known one is gone, so a fix shows up and the list stays true.
 */
class TestdataExpectedTest {
  /** What the scorer reports for a quote: missed, wrong speaker, or predicted with nothing expected. */
  enum Kind { MISSED, SPEAKER, EXTRA }

  /** A problem the extractor has today: the article, the first words of the quote (marks ignored), why. */
  record Known(Kind kind, String id, String quoteStart, String reason) {}

  // One line per problem: article id, start of the quote, what the extractor does wrong (after the colon: what it
  // gives). speaker = the expected quote is found with the wrong speaker (start of the expected text); extra = a
  // predicted quote nothing expected (start of the predicted text); missed = an expected quote not found. The gold
  // says what is right; these lines say where the extractor is not there yet.
  private static final List<Known> KNOWN = List.of(
      speaker("business/port-automation", "We have made a fair offer", "`a company spokesman said`: not Nordmaas"),
      speaker("business/airline-merger", "We have heard promises", "`Brandner of the … workers' union said`: `union`"),
      speaker("sport/derby-manager", "A point away at a derby", "`Okoro, who …. “…,” he said`: `he` → Gareth Price"),
      speaker("web/offshore-wind", "a wake-up call", "`Offshore Alliance Scotland said`: Crown Estate Scotland"),
      speaker("feeds/wire#3", "a show for domestic", "`…, spokesman Dmitry Peskov has told …, describing`: Kremlin"),
      extra("world/nato-flank", "defend every inch", "`added that “…” … and that …`: `States` read as a cue, split"),
      extra("world/nato-flank", "drone wall", "`the so-called “drone wall”`: scare quote kept"),
      extra("world/baltic-drones", "pure fantasy invented", "`said … and that …`: `threatening`, `states` read as cues"),
      extra("web/offshore-wind", "green premium", "`The so-called \"green premium\"`: scare quote kept"));

  @Test
  void defaultExtractorFindsEveryExpectedQuoteAndSpeakerAndNothingElse() throws IOException {
    List<JsonNode> records = Testdata.expected();
    Map<String, Article> articles = Testdata.articles();
    QuoteExtractor extractor = QuoteExtractor.standard(); // what `newsquote extract` and `newsquote index` use
    List<Problem> problems = new ArrayList<>();
    int expected = 0;
    int predicted = 0;
    for (JsonNode rec : records) {
      String id = rec.path("id").asText();
      Article article = articles.get(id);
      assertTrue(article != null, id + ": in expected.gold.json but not read from testdata");
      List<Gold> golds = new ArrayList<>();
      for (JsonNode q : rec.path("quotes")) {
        Gold g = new Gold(q.path("text").asText(), q.path("source").asText());
        // the gold's own sanity: its text is the article's (its first stretch verbatim) and its source names someone
        String opening = g.text().substring(0, Math.min(12, g.text().length()));
        assertTrue(article.text().contains(opening), id + ": gold text not in the article: " + g.text());
        assertFalse(nameWords(g.source()).isEmpty(), id + ": gold source names nobody: " + g.source());
        golds.add(g);
      }
      List<Quote> got = extractor.extract(article);
      expected += golds.size();
      predicted += got.size();
      problems.addAll(compare(id, golds, got));
    }
    assertEquals(112, expected, "expected quotes in expected.gold.json");

    List<String> unexpected = new ArrayList<>();
    Set<Known> seen = new HashSet<>();
    for (Problem p : problems) {
      Known k = KNOWN.stream().filter(p::is).findFirst().orElse(null);
      if (k == null) {
        unexpected.add(p.toString());
      } else {
        seen.add(k);
      }
    }
    List<String> gone = KNOWN.stream().filter(k -> !seen.contains(k))
        .map(k -> k.kind() + " " + k.id() + ": " + k.quoteStart() + " (" + k.reason() + ")").toList();
    String report = String.format(Locale.ROOT, "%d expected, %d predicted, %d problems (%d known)%n"
        + "new problems (fix the extraction, or the gold if it is wrong):%n  %s%n"
        + "known problems no longer seen (remove them from KNOWN):%n  %s", expected, predicted, problems.size(),
        seen.size(), listed(unexpected), listed(gone));
    assertTrue(unexpected.isEmpty() && gone.isEmpty(), report);
  }

  private static String listed(List<String> lines) {
    return lines.isEmpty() ? "(none)" : String.join("\n  ", lines);
  }

  private static Known speaker(String id, String quoteStart, String reason) {
    return new Known(Kind.SPEAKER, id, quoteStart, reason);
  }

  private static Known missed(String id, String quoteStart, String reason) {
    return new Known(Kind.MISSED, id, quoteStart, reason);
  }

  private static Known extra(String id, String quoteStart, String reason) {
    return new Known(Kind.EXTRA, id, quoteStart, reason);
  }

  private record Gold(String text, String source) {}

  /** One problem found: its kind, the article, the quote's text and a detail for the message. */
  private record Problem(Kind kind, String id, String quote, String detail) {
    boolean is(Known k) {
      List<String> start = Testdata.words(k.quoteStart());
      List<String> w = Testdata.words(quote);
      return k.kind() == kind && k.id().equals(id) && w.size() >= start.size()
          && w.subList(0, start.size()).equals(start);
    }

    @Override
    public String toString() {
      return kind + " " + id + ": " + (quote.length() > 70 ? quote.substring(0, 70) + "…" : quote) + " (" + detail
          + ")";
    }
  }

  /**
   * The shared scorer's pairing: each predicted quote, in text order, takes the unused expected quote with which its
   * longest run of shared words is largest, if that run covers at least 60% of the predicted quote's words.
   */
  private static List<Problem> compare(String id, List<Gold> golds, List<Quote> got) {
    List<Problem> out = new ArrayList<>();
    List<List<String>> gw = golds.stream().map(g -> Testdata.words(g.text())).toList();
    boolean[] used = new boolean[golds.size()];
    for (Quote q : got) {
      List<String> pw = Testdata.words(q.text());
      if (pw.isEmpty()) {
        continue;
      }
      double best = 0;
      int bi = -1;
      for (int i = 0; i < gw.size(); i++) {
        if (used[i] || gw.get(i).isEmpty()) {
          continue;
        }
        double r = (double) longestRun(pw, gw.get(i)) / pw.size();
        if (r > best) {
          best = r;
          bi = i;
        }
      }
      if (bi < 0 || best < 0.6) {
        out.add(new Problem(Kind.EXTRA, id, q.text(), "predicted for " + q.speaker() + ", nothing expected"));
        continue;
      }
      used[bi] = true;
      if (!sameSpeaker(q.speaker(), golds.get(bi).source())) {
        out.add(new Problem(Kind.SPEAKER, id, golds.get(bi).text(),
            "predicted " + q.speaker() + ", expected " + golds.get(bi).source()));
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!used[i]) {
        out.add(new Problem(Kind.MISSED, id, golds.get(i).text(), "expected from " + golds.get(i).source()));
      }
    }
    return out;
  }

  /** The scorer's titles and function words, which name nobody. */
  private static final Set<String> TITLES = Set.of(("the a an mr mrs ms miss dr sen senator rep gov governor president"
      + " vice presidential prime minister secretary spokesman spokeswoman spokesperson chief general gen former sir"
      + " lord lady mayor judge justice ambassador adviser advisor director chairman chairwoman ceo house white press"
      + " he she they it his her its their we i you u.s us").split(" "));

  /** The scorer's name words: capitalised, longer than one letter, not a title, a possessive 's dropped. */
  private static Set<String> nameWords(String source) {
    Set<String> out = new HashSet<>();
    Matcher m = Testdata.WORD.matcher(source);
    while (m.find()) {
      String w = m.group();
      String lw = w.toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !TITLES.contains(lw.replaceAll("\\.+$", ""))) {
        lw = lw.replace('\u2019', '\'');
        out.add(lw.endsWith("'s") ? lw.substring(0, lw.length() - 2) : lw);
      }
    }
    return out;
  }

  /**
   * Stricter than the scorer, which takes any shared name word (Crown Estate Scotland for Offshore Alliance
   * Scotland): the names must share a word, and the prediction either holds half the expected name words or is part
   * of the expected name (Kirby for John Kirby, Russia's Foreign Ministry for Russian Foreign Ministry).
   */
  private static boolean sameSpeaker(String predicted, String expected) {
    if (predicted == null) {
      return false;
    }
    Set<String> g = nameWords(expected);
    StringBuilder capitalised = new StringBuilder(); // as the scorer, every predicted word may name
    for (String w : Testdata.words(predicted)) {
      capitalised.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
    }
    Set<String> p = nameWords(capitalised.toString());
    Set<String> shared = new HashSet<>(p);
    shared.retainAll(g);
    return !shared.isEmpty() && (2 * shared.size() >= g.size() || g.containsAll(p));
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
}
