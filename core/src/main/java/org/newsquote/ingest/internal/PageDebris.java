package org.newsquote.ingest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquote.model.DateValue;

/**
 * Classifies single lines of scraped pages as furniture (breadcrumbs, menus, banners, bylines, photo credits,
 * "READ MORE:" links, share prompts, aggregator lines, footers) or prose. Each kind is a named rule; {@link TextFormat} adds the rules
 * that need context (what comes above the headline, what follows a "Read more" box). Stateless, thread-safe.
 */
public final class PageDebris {
  public static final String BREADCRUMB = "breadcrumb";
  public static final String WEATHER = "weather";
  public static final String DATE_LINE = "date-line";
  public static final String PHOTO_CREDIT = "photo-credit";
  public static final String READ_MORE_LINK = "read-more-link";
  public static final String READ_MORE_BOX = "read-more-box";
  public static final String SOCIAL = "social";
  public static final String FOOTER_START = "footer-start";
  public static final String LABEL = "label";
  public static final String AGGREGATOR = "aggregator";
  public static final String URL = "url";
  public static final String MENU = "menu";
  public static final String BYLINE = "byline";

  private static final String SP = "[\\s\\u00a0]";
  private static final Pattern BREADCRUMB_LINE =
      Pattern.compile("[^/›»>.!?“”\"]{1,40}(?:" + SP + "+[/›»>]" + SP + "+[^/›»>.!?“”\"]{1,40}){1,6}");
  private static final Pattern WEATHER_LINE = Pattern.compile("-?\\d{1,3}(?:[.,]\\d)?" + SP + "*°?" + SP + "*[CF]");
  private static final Pattern PHOTO =
      Pattern.compile(
          "©|\\((?:c|C)\\)\\s|\\bPhoto(?:graph)?s?\\s*(?:by\\b|:)|\\b(?:Image|Picture)\\s*(?:credit)?:|\\bCredit:"
              + "|\\([^()]*\\b(?:file photo|[Pp]hoto|Getty Images|AFP|Reuters|AP|EPA|Shutterstock)\\b[^()]*\\)$");
  private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"«»„]");
  private static final Pattern READ_MORE_LINK_LINE =
      Pattern.compile("(?i)(?:read more|see also|also read|related|more on this|more from [^:]{1,40}|watch)" + SP + "*:.*");
  private static final Pattern READ_MORE_BOX_LINE =
      Pattern.compile("(?i)(?:read more|related(?: articles| stories| news)?|see also|recommended|more from .{1,40})");
  private static final Pattern SOCIAL_LINE =
      Pattern.compile(
          "(?i)(?:follow us on|share (?:this|on)|subscribe to|sign up for|join us on|like us on|you can share this story)\\b.{0,150}");
  private static final Pattern FOOTER_LINE =
      Pattern.compile(
          "(?i)(?:leave a (?:reply|comment)|back to top(?: button)?|most (?:popular|read)(?: articles| stories| news)?"
              + "|you (?:may|might) also like|related articles|comments?|.{0,60} can also be accessed at the following"
              + " alternate addresses:?)");
  private static final Pattern LABEL_LINE =
      Pattern.compile("(?i)(?:source|advertisement|advert|share|print|e-?mail|tags?:.{0,200}|topics?:.{0,200})");
  private static final Pattern AGGREGATOR_LINE =
      Pattern.compile("https?://\\S+" + SP + "+.{0,30}\\d{4}" + SP + "+at" + SP + "+\\d{1,2}:\\d{2}" + SP + "*[AP]M");
  private static final Pattern URL_LINE = Pattern.compile("(?:https?://|www\\.)\\S+");
  // Items of a site's menu bar are separated by a bar or a dot with space around it ("Home | World | Sport").
  private static final Pattern MENU_SEPARATOR = Pattern.compile(SP + "+[|·•]" + SP + "+");
  private static final int MENU_MIN_ITEMS = 3;
  private static final int MENU_ITEM_MAX_WORDS = 4;
  private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:" + SP + "+\\p{Lu}[\\p{L}'’.-]*){1,3}";
  // "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Washington correspondent": at least two capitalised
  // words after "By", so a sentence fragment such as "By Monday the talks had stalled" is not one.
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "(?:By|BY)" + SP + "+" + NAME + "(?:" + SP + "*(?:,|and|&)" + SP + "*" + NAME + ")*"
              + "(?:" + SP + "*," + SP + "*[^.!?“”\"]{1,60})?");
  private static final int BYLINE_MAX_CHARS = 120;
  // A date line that also says when the page was last changed: "11 February 2025 9:12 AM [ Last Update: … ]".
  private static final Pattern UPDATE_STAMP =
      Pattern.compile(
          "(.{6,60}?)" + SP + "*[\\[(|]?" + SP + "*(?i:last" + SP + "+)?(?i:updated?|modified)" + SP + "*:?" + SP
              + "*(.{6,60}?)" + SP + "*[\\])]?");
  private static final int DATE_LINE_MAX_CHARS = 60;

  private PageDebris() {}

  /** The kind of furniture a single line is, or null when it may be prose. {@code line} is already trimmed. */
  public static String kind(String line) {
    if (line.isEmpty()) {
      return null;
    }
    if (AGGREGATOR_LINE.matcher(line).matches()) {
      return AGGREGATOR;
    }
    if (URL_LINE.matcher(line).matches()) {
      return URL;
    }
    if (FOOTER_LINE.matcher(line).matches()) {
      return FOOTER_START;
    }
    if (READ_MORE_LINK_LINE.matcher(line).matches()) {
      return READ_MORE_LINK;
    }
    if (READ_MORE_BOX_LINE.matcher(line).matches()) {
      return READ_MORE_BOX;
    }
    if (SOCIAL_LINE.matcher(line).matches()) {
      return SOCIAL;
    }
    if (LABEL_LINE.matcher(line).matches()) {
      return LABEL;
    }
    if (WEATHER_LINE.matcher(line).matches()) {
      return WEATHER;
    }
    if (BYLINE_LINE.matcher(line).matches() && line.length() <= BYLINE_MAX_CHARS) {
      return BYLINE;
    }
    if (publishedDate(line).isPresent()) {
      return DATE_LINE;
    }
    if (isMenu(line)) {
      return MENU;
    }
    if (BREADCRUMB_LINE.matcher(line).matches() && line.length() <= 160) {
      return BREADCRUMB;
    }
    if (line.length() <= 300 && PHOTO.matcher(line).find() && !QUOTE_MARKS.matcher(line).find()) {
      return PHOTO_CREDIT;
    }
    return null;
  }

  /**
   * The date a date line states: the whole line parsed, or when the line also gives the time of the last update,
   * its first date (the publication; the update is only when the page was last touched). Empty when the line is
   * not a date line.
   */
  public static Optional<DateValue> publishedDate(String line) {
    if (line.length() <= DATE_LINE_MAX_CHARS) {
      Optional<DateValue> whole = DateParsing.parse(line);
      if (whole.isPresent()) {
        return whole;
      }
    }
    if (line.length() > 2 * DATE_LINE_MAX_CHARS + 20) {
      return Optional.empty();
    }
    Matcher m = UPDATE_STAMP.matcher(line);
    if (m.matches() && DateParsing.parse(m.group(2)).isPresent()) {
      return DateParsing.parse(m.group(1));
    }
    return Optional.empty();
  }

  /** A menu bar: at least three short items (a name or a few words each), not sentences, between separators. */
  static boolean isMenu(String line) {
    String[] items = MENU_SEPARATOR.split(line);
    if (items.length < MENU_MIN_ITEMS) {
      return false;
    }
    for (String item : items) {
      String s = item.strip();
      if (s.isEmpty() || s.split(SP + "+").length > MENU_ITEM_MAX_WORDS || QUOTE_MARKS.matcher(s).find()
          || s.endsWith(".") || s.endsWith("!") || s.endsWith("?")) {
        return false;
      }
    }
    return true;
  }

  /** Whitespace a scraped line may start or end with, no-break spaces and a byte-order mark included. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u200b' || c == '\u202f';
  }
}
