package org.newsquote.ingest.internal;

import java.util.Objects;
import java.util.function.Consumer;
import org.newsquote.ingest.CorpusOptions;
import org.newsquote.ingest.InputFile;
import org.newsquote.ingest.OutletSignatures;
import org.newsquote.model.IngestProblem;
import org.newsquote.model.SourceRef;

/**
 * What every format reader needs besides the file: options, the outlet table and where problems go. Immutable; as
 * thread-safe as the consumer it holds.
 */
public record ReadContext(CorpusOptions options, OutletSignatures signatures, Consumer<IngestProblem> problems) {
  public ReadContext {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(signatures, "signatures");
    Objects.requireNonNull(problems, "problems");
  }

  /** Reports that something was skipped. */
  public void error(InputFile file, int line, String reason) {
    problems.accept(new IngestProblem(where(file, line), IngestProblem.Severity.ERROR, reason));
  }

  /** Reports a repair the user should know of. */
  public void warning(InputFile file, int line, String reason) {
    problems.accept(new IngestProblem(where(file, line), IngestProblem.Severity.WARNING, reason));
  }

  /**
   * A problem names the file as the user can open it (under the root they gave, as grep names it), not the
   * root-relative path the index stores: with {@code index corpus/}, {@code politics/001.txt} is no path from where
   * the user stands, and the walker's own problems already name the root.
   */
  private static SourceRef where(InputFile file, int line) {
    return new SourceRef(file.path().toString(), line);
  }

  /** The most bytes a record of {@code maxRecordChars} characters can take in UTF-8. */
  public long maxRecordBytes() {
    return 4L * options.maxRecordChars();
  }

  /** Reports lenient decoding, when there was any. */
  public void reportDecoding(InputFile file, int line, Utf8.Decoded decoded) {
    if (!decoded.clean()) {
      warning(
          file,
          line,
          "invalid UTF-8 at byte "
              + decoded.firstBadByte()
              + (line > 0 ? " of the line" : "")
              + " ("
              + decoded.badSequences()
              + (decoded.badSequences() == 1 ? " sequence" : " sequences")
              + "), decoded with replacement characters");
    }
  }
}
