package org.newsquote.ingest.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;
import org.newsquote.model.SourceRef;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}): one article per line, read one line at a time and parsed with
 * Jackson. A line that is too long, not JSON, not an object or without text is reported and skipped; the rest of
 * the file is still read. Stateless, thread-safe; each stream it returns owns its open file.
 */
public final class JsonlFormat implements ArticleFormat {

  @Override
  public Stream<Article> read(InputFile file, ReadContext context) {
    return Stream.of(file).flatMap(f -> open(f, context));
  }

  private static Stream<Article> open(InputFile file, ReadContext context) {
    if (Files.isDirectory(file.path())) {
      context.error(file, 0, "is a directory, not a file; skipped");
      return Stream.empty();
    }
    InputStream in;
    try {
      in = RawInput.open(file.path());
    } catch (IOException e) {
      context.error(file, 0, RawInput.describe(e) + "; skipped");
      return Stream.empty();
    }
    Records records = new Records(file, context, new LineReader(in, context.maxRecordBytes()), Sidecar.read(file, context));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                context.warning(file, 0, "could not be closed: " + e.getMessage());
              }
            });
  }

  /** The records of one file, parsed on demand. */
  private static final class Records implements Iterator<Article> {
    private final InputFile file;
    private final ReadContext context;
    private final LineReader lines;
    private final JsonNode sidecar;
    private Article next;
    private boolean done;
    private int record;

    Records(InputFile file, ReadContext context, LineReader lines, JsonNode sidecar) {
      this.file = file;
      this.context = context;
      this.lines = lines;
      this.sidecar = sidecar;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        try {
          if (!lines.next()) {
            done = true;
            break;
          }
        } catch (IOException e) {
          context.error(file, lines.lineNumber() + 1, RawInput.describe(e) + "; the rest of the file is lost");
          done = true;
          break;
        }
        next = parse();
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article result = next;
      next = null;
      return result;
    }

    private Article parse() {
      int line = lines.lineNumber();
      if (lines.tooLong()) {
        record++;
        context.error(file, line, "line " + RawInput.tooLongReason(context));
        return null;
      }
      Utf8.Decoded decoded = Utf8.decode(lines.bytes(), 0, lines.length());
      String json = decoded.text();
      if (json.isBlank()) {
        return null;
      }
      record++;
      if (json.length() > context.options().maxRecordChars()) {
        context.error(file, line, "line " + RawInput.tooLongReason(context));
        return null;
      }
      context.reportDecoding(file, line, decoded);
      JsonNode node;
      try {
        node = JsonFields.MAPPER.readTree(json);
      } catch (JacksonException e) {
        context.error(file, line, "is not valid JSON (" + firstLine(e.getOriginalMessage()) + "); record skipped");
        return null;
      }
      if (node == null || !node.isObject()) {
        context.error(file, line, "is JSON but not an object; record skipped");
        return null;
      }
      ArticleDraft draft = new ArticleDraft(new SourceRef(file.displayPath(), line));
      Optional<String> text =
          JsonFields.apply(draft, node, "jsonl", context.signatures(), reason -> context.warning(file, line, reason));
      Sidecar.apply(draft, sidecar, file, context);
      draft.id(file.idBase() + "#" + record, "jsonl:record-number");
      if (text.isEmpty() || text.get().isBlank()) {
        context.error(file, line, "has no article text (" + JsonFields.whyNoText(node) + "); record skipped");
        return null;
      }
      if (!draft.hasOutlet() || !draft.hasDate()) {
        MetadataRecovery.recover(draft, TextLayout.ofBody(text.get(), List.of()), context.signatures());
      }
      return draft.build(text.get(), null, "jsonl:text");
    }

    private static String firstLine(String message) {
      if (message == null) {
        return "unreadable";
      }
      int nl = message.indexOf('\n');
      return nl < 0 ? message : message.substring(0, nl);
    }
  }
}
