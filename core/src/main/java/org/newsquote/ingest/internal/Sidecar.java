package org.newsquote.ingest.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsquote.ingest.InputFile;

/**
 * The optional {@code <file>.meta.json} beside an input ({@code 001.txt.meta.json}, or {@code 001.meta.json}): a JSON
 * object whose fields (outlet, date, title, url, others as metadata) outrank everything else, because a person wrote
 * them for this file. Stateless, thread-safe.
 */
public final class Sidecar {
  private Sidecar() {}

  /** The sidecar's object, or null when there is none or it is unusable (then reported). */
  public static JsonNode read(InputFile file, ReadContext context) {
    Path dir = file.path().toAbsolutePath().getParent();
    if (dir == null || file.path().getFileName() == null) {
      return null;
    }
    String name = file.path().getFileName().toString();
    for (String candidate : new String[] {name + ".meta.json", Formats.baseName(name) + ".meta.json"}) {
      Path sidecar = dir.resolve(candidate);
      if (!Files.isRegularFile(sidecar)) {
        continue;
      }
      try {
        JsonNode node = JsonFields.MAPPER.readTree(sidecar.toFile());
        if (node instanceof ObjectNode object) {
          // One sidecar may describe a whole JSON Lines file: an id there would give every record the same one.
          object.remove("id");
          return object;
        }
        context.warning(file, 0, "sidecar " + candidate + " is not a JSON object; ignored");
      } catch (JacksonException e) {
        context.warning(file, 0, "sidecar " + candidate + " is not valid JSON (" + e.getOriginalMessage() + "); ignored");
      } catch (IOException e) {
        context.warning(file, 0, "sidecar " + candidate + " " + RawInput.describe(e) + "; ignored");
      }
      return null;
    }
    return null;
  }

  /** Applies a sidecar read by {@link #read} (null does nothing). */
  public static void apply(ArticleDraft draft, JsonNode sidecar, InputFile file, ReadContext context) {
    if (sidecar != null) {
      JsonFields.apply(draft, sidecar, "sidecar", context.signatures(), reason -> context.warning(file, 0, "sidecar " + reason));
    }
  }
}
