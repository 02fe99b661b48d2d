package org.newsquote.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsquote.ingest.InputFile;
import org.newsquote.model.Article;
import org.newsquote.model.SourceMap;
import org.newsquote.model.SourceRef;

/**
 * Reads plain text scraped from a web page: the lines above the headline that are page furniture (breadcrumbs,
 * section labels, weather and date banners) are set aside, the headline is the next line, and the body is every
 * later line that is prose, each kept as a verbatim piece of the source so quotes can be pointed to in the file.
 * Everything from a footer marker on ("Leave a Reply", "Most Popular Articles", a mirror-site notice) is furniture,
 * and so is a line above the headline that the page repeats at its foot (the site's masthead), wherever it stands.
 * Stateless, thread-safe.
 */
public final class TextFormat implements ArticleFormat {
  public static final String DATE_LABEL = "date-label";
  public static final String BYLINE_DATE = "byline-date";
  public static final String DATE_BANNER = "date-banner";
  public static final String FEED_LABEL = "feed-label";
  public static final String FOOTER = "footer";
  public static final String SECTION_LABEL = "section-label";
  public static final String REPEATED_TITLE = "repeated-title";
  public static final String MASTHEAD = "masthead";

  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(?i)(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|first published(?: on)?)[\\s:]+"
              + "(?-i:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
              + "|" + DateParsing.MONTH + "\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+" + DateParsing.MONTH + "\\s+\\d{4})");
  private static final int READ_MORE_BOX_LINES = 3;

  @Override
  public Stream<Article> read(InputFile file, ReadContext context) {
    return Stream.of(file).flatMap(f -> readNow(f, context));
  }

  private static Stream<Article> readNow(InputFile file, ReadContext context) {
    String text = RawInput.loadText(file, context);
    if (text == null) {
      return Stream.empty();
    }
    ArticleDraft draft = new ArticleDraft(SourceRef.file(file.displayPath()));
    draft.id(file.idBase(), "path");
    Sidecar.apply(draft, Sidecar.read(file, context), file, context);
    Layout layout = layout(text);
    if (layout.body.isEmpty()) {
      context.error(file, 0, "holds no article text once page furniture is removed; skipped");
      return Stream.empty();
    }
    draft.title(layout.title, "text:headline");
    MetadataRecovery.recover(
        draft, new TextLayout(layout.furniture, layout.lead, layout.body.toString(), layout.tail), context.signatures());
    return Stream.of(draft.build(layout.body.toString(), new SourceMap(layout.pieces), "text:paragraphs"));
  }

  /** The parts of a page being taken apart. */
  private static final class Layout {
    final List<TextLayout.Line> furniture = new ArrayList<>();
    final List<SourceMap.Piece> pieces = new ArrayList<>();
    final StringBuilder body = new StringBuilder();
    String title;
    String lead = "";
    List<String> tail = List.of();
  }

  /** One non-empty line: its trimmed bounds in the source. */
  private record Span(int start, int end, String text) {}

  static Layout layout(String source) {
    List<Span> lines = lines(source);
    Layout out = new Layout();
    out.tail = TextLayout.lastLines(lines.stream().map(Span::text).toList());
    int i = 0;
    // Above the headline: anything that is furniture on its own, or a short section label over a headline.
    for (; i < lines.size(); i++) {
      String line = lines.get(i).text();
      String kind = PageDebris.kind(line);
      if (PageDebris.FOOTER_START.equals(kind) || isLabelledDate(line)) {
        break;
      }
      if (kind != null) {
        out.furniture.add(new TextLayout.Line(PageDebris.DATE_LINE.equals(kind) ? DATE_BANNER : kind, line));
      } else if (isRepeatedAtFoot(lines, i)) {
        out.furniture.add(new TextLayout.Line(MASTHEAD, line));
      } else if (i + 1 < lines.size() && isSectionLabel(line, lines.get(i + 1).text())) {
        out.furniture.add(new TextLayout.Line(SECTION_LABEL, line));
      } else {
        break;
      }
    }
    while (i < lines.size()) {
      Span first = lines.get(i);
      Matcher label = LABELLED_DATE.matcher(first.text());
      int titleStart = 0;
      if (label.lookingAt()) {
        out.furniture.add(new TextLayout.Line(DATE_LABEL, first.text().substring(0, label.end())));
        titleStart = label.end();
      }
      String candidate = first.text().substring(titleStart).strip();
      if (candidate.isEmpty()) {
        i++;
        continue; // a date label on a line of its own: the headline is still to come
      }
      if (isHeadline(candidate)) {
        out.title = candidate;
        i++;
      } else if (titleStart > 0) {
        lines.set(i, trimmed(source, first.start() + titleStart, first.end()));
      }
      break;
    }
    body(source, lines, i, out);
    return out;
  }

  private static void body(String source, List<Span> lines, int from, Layout out) {
    String title = out.title == null ? null : squash(out.title);
    List<String> mastheads =
        out.furniture.stream().filter(l -> l.kind().equals(MASTHEAD)).map(l -> squash(l.text())).toList();
    String previousKind = null;
    boolean footer = false;
    for (int i = from; i < lines.size(); i++) {
      Span span = lines.get(i);
      String line = span.text();
      String kind = footer ? FOOTER : PageDebris.kind(line);
      footer |= PageDebris.FOOTER_START.equals(kind);
      if (kind == null && title != null && squash(line).equals(title)) {
        kind = REPEATED_TITLE;
      } else if (kind == null && mastheads.contains(squash(line))) {
        kind = MASTHEAD;
      } else if (kind == null && isLabelledDate(line)) {
        kind = DATE_LABEL;
      } else if (kind == null && PageDebris.AGGREGATOR.equals(previousKind) && line.startsWith("from ") && line.length() <= 80) {
        kind = FEED_LABEL;
      } else if (PageDebris.DATE_LINE.equals(kind) && out.body.isEmpty()) {
        kind = BYLINE_DATE;
      }
      if (PageDebris.READ_MORE_BOX.equals(kind)) {
        // A related-article box: its caption and headline follow the "Read more" line.
        out.furniture.add(new TextLayout.Line(kind, line));
        int taken = 0;
        while (taken < READ_MORE_BOX_LINES && i + 1 < lines.size() && isBoxLine(lines.get(i + 1).text())) {
          out.furniture.add(new TextLayout.Line(kind, lines.get(++i).text()));
          taken++;
        }
        previousKind = kind;
        continue;
      }
      if (kind != null) {
        out.furniture.add(new TextLayout.Line(kind, line));
        previousKind = kind;
        continue;
      }
      int end = span.end();
      if (title != null && line.endsWith(out.title) && line.length() > out.title.length()) {
        // A standfirst glued to a repeated headline ("…has claimedNo direct threat…"): keep the standfirst only.
        end -= out.title.length();
        while (end > span.start() && PageDebris.isSpace(source.charAt(end - 1))) {
          end--;
        }
        out.furniture.add(new TextLayout.Line(REPEATED_TITLE, out.title));
      }
      addPiece(source, span.start(), end, out);
      previousKind = null;
    }
  }

  private static void addPiece(String source, int start, int end, Layout out) {
    if (end <= start) {
      return;
    }
    if (!out.body.isEmpty()) {
      out.body.append("\n\n");
    } else {
      out.lead = source.substring(start, end);
    }
    out.pieces.add(new SourceMap.Piece(out.body.length(), start, end - start));
    out.body.append(source, start, end);
  }

  /**
   * Line {@code i}, above the headline, stands again among the page's last lines, with at least a headline and a
   * paragraph between: the site's masthead printed in header and footer. A headline is not repeated at the foot.
   */
  private static boolean isRepeatedAtFoot(List<Span> lines, int i) {
    String line = squash(lines.get(i).text());
    for (int j = Math.max(i + 3, lines.size() - TextLayout.TAIL_LINES); j < lines.size(); j++) {
      if (squash(lines.get(j).text()).equals(line)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoxLine(String line) {
    return PageDebris.PHOTO_CREDIT.equals(PageDebris.kind(line))
        || (isHeadline(line) && line.length() < 150 && !endsSentence(line));
  }

  private static boolean isLabelledDate(String line) {
    Matcher m = LABELLED_DATE.matcher(line);
    return m.matches();
  }

  /** A headline: a short line that is not a run of sentences. */
  static boolean isHeadline(String line) {
    int words = words(line);
    return words <= 30 && line.length() <= 250 && !(endsSentence(line) && words > 15);
  }

  /** One or two words over a headline ("News", "World"): a section label, not the headline itself. */
  private static boolean isSectionLabel(String line, String next) {
    return words(line) <= 2
        && !endsSentence(line)
        && !line.endsWith(":")
        && PageDebris.kind(next) == null
        && isHeadline(next)
        && !endsSentence(next);
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '”' || last == '"';
  }

  private static int words(String line) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = PageDebris.isSpace(line.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static List<Span> lines(String source) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = source.length();
    while (start <= n) {
      int nl = source.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      Span span = trimmed(source, start, end);
      if (span != null) {
        out.add(span);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /** The line between {@code start} and {@code end} without surrounding space, or null when it is blank. */
  private static Span trimmed(String source, int start, int end) {
    while (start < end && PageDebris.isSpace(source.charAt(start))) {
      start++;
    }
    while (end > start && PageDebris.isSpace(source.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : new Span(start, end, source.substring(start, end));
  }
}
