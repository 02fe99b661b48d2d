package org.newsquote.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The table that names an article's outlet from page furniture (a mirror-site notice, a feed label, a copyright
 * footer) and maps spellings of outlet names to canonical ones ({@code rt.com} to {@code RT}). Immutable and
 * thread-safe.
 *
 * <p>{@link #standard()} is the table shipped in {@code outlet-signatures.tsv} beside this class, whose header
 * explains the format; callers add their own with {@link #parse}/{@link #load} and {@link #with}.
 */
public final class OutletSignatures {

  /** Where a signature looks. */
  public enum Scope {
    /** A whole line the reader classed as page furniture, never the article's prose. */
    FURNITURE,
    /** The start of the first body paragraph (a wire dateline such as {@code LONDON (Reuters) -}). */
    LEAD,
    /** A whole line among the last three of the text, furniture or not (a sign-off the outlet puts on every story). */
    TAIL,
    /**
     * A whole line that stands above the headline and again among the last lines of the page: the site's own
     * masthead, printed in its header and its footer.
     */
    MASTHEAD
  }

  /**
   * One signature.
   *
   * @param name the rule name, recorded as {@code signature:NAME}
   * @param outlet the canonical outlet, or null to take the pattern's {@code outlet} group
   * @param scope where it looks
   * @param pattern matched against a whole furniture line, or at the start of the lead
   * @param anyName with a null {@code outlet}: true takes the group as written (its canonical spelling when it is a
   *     known alias), for furniture that only ever names the publisher; false takes it only when it is a known alias
   */
  public record Signature(String name, String outlet, Scope scope, Pattern pattern, boolean anyName) {
    public Signature {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(pattern, "pattern");
      if (outlet == null && !pattern.pattern().contains("(?<outlet>")) {
        throw new IllegalArgumentException("signature " + name + " names no outlet and has no (?<outlet>...) group");
      }
      if (outlet != null && anyName) {
        throw new IllegalArgumentException("signature " + name + " names its outlet, so it cannot take any name");
      }
    }

    /** A signature whose {@code outlet} group, when it has one, must be a known alias. */
    public Signature(String name, String outlet, Scope scope, Pattern pattern) {
      this(name, outlet, scope, pattern, false);
    }
  }

  /**
   * A signature that matched.
   *
   * @param outlet the canonical outlet
   * @param rule the rule name for {@code Article.decidedBy}: {@code signature:NAME}
   */
  public record Match(String outlet, String rule) {}

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:|–—-]+$");
  private static final OutletSignatures STANDARD = loadStandard();

  private final List<Signature> signatures;
  private final Map<String, String> aliases;

  private OutletSignatures(List<Signature> signatures, Map<String, String> aliases) {
    this.signatures = List.copyOf(signatures);
    this.aliases = Map.copyOf(aliases);
  }

  /** The table shipped with newsquote. */
  public static OutletSignatures standard() {
    return STANDARD;
  }

  /** A table with nothing in it: every outlet stays as the metadata gives it or unknown. */
  public static OutletSignatures empty() {
    return new OutletSignatures(List.of(), Map.of());
  }

  /** Reads a table in the format of {@code outlet-signatures.tsv}; a bad line fails with its line number. */
  public static OutletSignatures parse(Reader reader, String sourceName) throws IOException {
    List<Signature> signatures = new ArrayList<>();
    Map<String, String> aliases = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      try {
        if (cols[0].equals("signature") && cols.length == 5) {
          boolean group = cols[2].equals("*") || cols[2].equals("=");
          Scope scope = Scope.valueOf(cols[3].toUpperCase(Locale.ROOT));
          signatures.add(
              new Signature(cols[1], group ? null : cols[2], scope, Pattern.compile(cols[4]), cols[2].equals("=")));
        } else if (cols[0].equals("alias") && cols.length == 3) {
          aliases.put(key(cols[1]), cols[2]);
        } else {
          throw new IllegalArgumentException("expected 'signature NAME OUTLET SCOPE REGEX' or 'alias NAME OUTLET'");
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(sourceName + ":" + number + ": bad regex: " + e.getDescription(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return new OutletSignatures(signatures, aliases);
  }

  /** Reads a table from a UTF-8 file. */
  public static OutletSignatures load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  /** This table with {@code first}'s signatures tried before its own and {@code first}'s aliases winning. */
  public OutletSignatures with(OutletSignatures first) {
    List<Signature> merged = new ArrayList<>(first.signatures);
    merged.addAll(signatures);
    Map<String, String> mergedAliases = new HashMap<>(aliases);
    mergedAliases.putAll(first.aliases);
    return new OutletSignatures(merged, mergedAliases);
  }

  public List<Signature> signatures() {
    return signatures;
  }

  /** The canonical outlet a spelling stands for, when the table knows it. */
  public Optional<String> canonical(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(aliases.get(key(name)));
  }

  /** The canonical name when known, else the name as given without surrounding space. */
  public String normalise(String name) {
    return canonical(name).orElse(name.strip());
  }

  /** The first signature of {@code scope} that matches {@code text}. */
  public Optional<Match> match(Scope scope, String text) {
    String line = text.strip();
    for (Signature s : signatures) {
      if (s.scope() != scope) {
        continue;
      }
      Matcher m = s.pattern().matcher(line);
      boolean found = scope == Scope.LEAD ? m.lookingAt() : m.matches();
      if (!found) {
        continue;
      }
      String outlet = s.outlet() != null ? s.outlet() : fromGroup(s, m.group("outlet"));
      if (outlet != null) {
        return Optional.of(new Match(outlet, "signature:" + s.name()));
      }
    }
    return Optional.empty();
  }

  private String fromGroup(Signature s, String group) {
    if (group == null) {
      return null;
    }
    Optional<String> known = canonical(group);
    if (known.isPresent() || !s.anyName()) {
      return known.orElse(null);
    }
    String asWritten = TRAILING_PUNCTUATION.matcher(group.strip().replaceAll("\\s+", " ")).replaceAll("");
    return asWritten.isEmpty() ? null : asWritten;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static OutletSignatures loadStandard() {
    try (InputStream in = OutletSignatures.class.getResourceAsStream("outlet-signatures.tsv")) {
      if (in == null) {
        throw new IllegalStateException("outlet-signatures.tsv is missing from the newsquote jar");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "outlet-signatures.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
