package org.newsquote.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/**
 * Turns attributed quote stretches into {@link Quote}s: drops stretches nobody says and joins the stretches of one
 * utterance. Immutable and thread-safe.
 */
final class QuoteMerger {
  /** One stretch with its decision. */
  record Piece(QuoteSpan span, Attribution attribution, String rule, QuoteKind kind) {
    String speaker() {
      return attribution == null ? null : attribution.speaker();
    }
  }

  private final boolean joinContinuations;

  private QuoteMerger(boolean joinContinuations) {
    this.joinContinuations = joinContinuations;
  }

  static QuoteMerger standard() {
    return new QuoteMerger(true);
  }

  static QuoteMerger splitting() {
    return new QuoteMerger(false);
  }

  List<Quote> merge(String text, List<Piece> pieces) {
    List<Quote> out = new ArrayList<>();
    List<Piece> group = new ArrayList<>();
    for (Piece p : pieces) {
      if (!keep(text, p)) {
        continue;
      }
      if (!group.isEmpty() && joins(text, group.get(group.size() - 1), p)) {
        group.add(p);
        continue;
      }
      flush(text, group, out);
      group.add(p);
    }
    flush(text, group, out);
    return List.copyOf(out);
  }

  private boolean joins(String text, Piece a, Piece b) {
    if (b.span().continues() && b.span().paragraph() - a.span().paragraph() <= 1) {
      return true;
    }
    if (!joinContinuations || a.speaker() == null || !a.speaker().equals(b.speaker())) {
      return false;
    }
    if (a.kind() == QuoteKind.PARTIAL && b.kind() == QuoteKind.PARTIAL && b.span().paragraph() == a.span().paragraph()
        && isConnective(text.substring(a.span().end(), b.span().start()))) {
      return true; // “disgusting” and “a con”: one fragment of reported speech
    }
    if (b.span().paragraph() != a.span().paragraph() || b.span().start() - a.span().end() > 120) {
      return false;
    }
    return b.rule() != null && b.rule().equals("same-paragraph") && b.kind() == QuoteKind.DIRECT
        && a.kind() == QuoteKind.DIRECT;
  }

  private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("and", "or", "but", "as", "well",
      "also", "even", "then", "not", "nor");

  /** Only linking words and commas between two fragments: {@code ” and “}, {@code ,” but “}. */
  static boolean isConnective(String gap) {
    if (gap.length() > 40) {
      return false;
    }
    for (String w : gap.split("[\\s,\u00a0]+")) {
      if (!w.isEmpty() && !CONNECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static void flush(String text, List<Piece> group, List<Quote> out) {
    if (group.isEmpty()) {
      return;
    }
    Piece first = group.get(0);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < group.size(); i++) {
      Piece p = group.get(i);
      if (i > 0 && p.kind() == QuoteKind.PARTIAL && group.get(i - 1).kind() == QuoteKind.PARTIAL
          && isConnective(text.substring(group.get(i - 1).span().end(), p.span().start()))) {
        // fragments of one clause keep the linking words, so the text reads as the article wrote it
        sb.append(text, group.get(i - 1).span().contentEnd(), p.span().contentEnd());
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.span().content(text));
    }
    Piece decided = first;
    for (Piece p : group) {
      if (p.attribution() != null && p.rule() != null && !p.rule().equals("same-paragraph")) {
        decided = p;
        break;
      }
    }
    Attribution a = decided.attribution();
    Piece last = group.get(group.size() - 1);
    out.add(new Quote(sb.toString(), first.span().start(), last.span().end(), a == null ? null : a.speaker(),
        a == null ? null : a.role(), a == null ? null : a.cue(), first.kind(), decided.rule()));
    group.clear();
  }

  /** Stretches nobody says: addresses, handles, code, and unattributed fragments (titles, scare quotes). */
  private static boolean keep(String text, Piece p) {
    String content = p.span().content(text);
    String lower = content.toLowerCase(Locale.ROOT);
    if (lower.contains("http") || lower.contains("www.") || content.startsWith("@") || content.startsWith("#")
        || content.indexOf('<') >= 0 || content.indexOf('{') >= 0) {
      return false;
    }
    int words = wordCount(content);
    if (p.kind() == QuoteKind.PARTIAL && words <= 6 && isTitleCase(content) && afterTitleWord(text, p.span())) {
      return false; // a show, book or paper: on “Fox News Sunday”
    }
    if (p.speaker() == null) {
      return words >= 3; // one- and two-word fragments nobody says are scare quotes and names
    }
    return true;
  }

  private static boolean isTitleCase(String s) {
    for (String w : s.split("[\\s\u00a0]+")) {
      String b = w.replaceAll("^\\p{Punct}+", "");
      if (!b.isEmpty() && !Character.isUpperCase(b.charAt(0)) && !SMALL.contains(b)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> SMALL = java.util.Set.of("of", "the", "and", "a", "in", "on", "for",
      "to", "with", "at");
  private static final java.util.Set<String> BEFORE_TITLES = java.util.Set.of("on", "told", "to", "in", "of",
      "the", "at", "from", "with", "for", "watch", "watched", "hosted", "program", "show", "newspaper", "magazine",
      "book", "film", "movie", "series", "titled", "entitled", "called", "dubbed", "named");

  private static boolean afterTitleWord(String text, QuoteSpan span) {
    int e = span.start();
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    return BEFORE_TITLES.contains(w) && !w.equals("called") || w.equals("called") && false;
  }

  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
