package org.newsquote.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/**
 * Turns attributed quote stretches into {@link Quote}s: drops stretches nobody says ({@link QuotationFilter} decides
 * which) and joins the stretches of one utterance ({@link UtteranceJoiner} decides which), one quote per utterance.
 * Immutable and thread-safe.
 */
final class QuoteMerger {
  /** One stretch with its decision. */
  record Piece(QuoteSpan span, Attribution attribution, String rule, QuoteKind kind, int sentence, boolean reported) {
    Piece(QuoteSpan span, Attribution attribution, String rule, QuoteKind kind, int sentence) {
      this(span, attribution, rule, kind, sentence, false);
    }

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
      if (!QuotationFilter.keep(text, p)) {
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
    if (!joinContinuations) {
      return false; // every stretch on its own, re-opened continuations too
    }
    return UtteranceJoiner.joins(text, a, b);
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
          && (UtteranceJoiner.isConnective(text.substring(group.get(i - 1).span().end(), p.span().start()))
              || UtteranceJoiner.linksFragments(text, group.get(i - 1), p)
              || UtteranceJoiner.oneClause(text, group.get(i - 1), p))) {
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
}
