package org.newsquote.ingest.internal;

import java.util.Optional;
import org.newsquote.ingest.OutletSignatures;
import org.newsquote.model.DateValue;

/**
 * The last step of every reader: fills the outlet and date that explicit metadata left unknown from signatures in
 * the text, and leaves them unknown when no rule is sure. Stateless, thread-safe.
 */
public final class MetadataRecovery {
  private MetadataRecovery() {}

  /** Applies the text rules to whatever {@code draft} does not know yet. */
  public static void recover(ArticleDraft draft, TextLayout layout, OutletSignatures signatures) {
    if (!draft.hasOutlet()) {
      for (TextLayout.Line line : layout.furniture()) {
        Optional<OutletSignatures.Match> match = signatures.match(OutletSignatures.Scope.FURNITURE, line.text());
        if (match.isPresent()) {
          draft.outlet(match.get().outlet(), match.get().rule());
          break;
        }
      }
    }
    if (!draft.hasOutlet()) {
      for (String line : layout.tail()) {
        Optional<OutletSignatures.Match> match = signatures.match(OutletSignatures.Scope.TAIL, line);
        if (match.isPresent()) {
          draft.outlet(match.get().outlet(), match.get().rule());
          break;
        }
      }
    }
    if (!draft.hasOutlet()) {
      for (TextLayout.Line line : layout.furniture()) {
        if (!line.kind().equals(TextFormat.MASTHEAD)) {
          continue;
        }
        Optional<OutletSignatures.Match> match = signatures.match(OutletSignatures.Scope.MASTHEAD, line.text());
        if (match.isPresent()) {
          draft.outlet(match.get().outlet(), match.get().rule());
          break;
        }
      }
    }
    if (!draft.hasOutlet() && !layout.lead().isEmpty()) {
      signatures
          .match(OutletSignatures.Scope.LEAD, layout.lead())
          .ifPresent(match -> draft.outlet(match.outlet(), match.rule()));
    }
    if (!draft.hasDate()) {
      Optional<Found<DateValue>> date = DateFinder.find(layout, draft.url(), draft.metadata());
      date.ifPresent(found -> draft.date(found.value(), found.rule()));
    }
  }
}
