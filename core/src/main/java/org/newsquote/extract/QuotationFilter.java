package org.newsquote.extract;

import java.util.Locale;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Words;
import org.newsquote.model.QuoteKind;

/**
 * Decides whether a quote stretch is a quotation at all or text that nobody says: web addresses, handles and code,
 * numbers and attribute values, a letter that labels a thing, a page's label (Related:), a nickname inside a name,
 * the title of a show or a work, a line of a link list, and the short fragments that no rule attributes (scare
 * quotes, names) unless they are chanted or reported. {@link QuoteMerger} asks it of every stretch before joining
 * them. Only static methods over read-only tables: thread-safe.
 */
final class QuotationFilter {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00a0]+");
  private static final java.util.regex.Pattern LEADING_PUNCT = java.util.regex.Pattern.compile("^\\p{Punct}+");

  private QuotationFilter() {}

  /** Stretches nobody says: addresses, handles, code, and unattributed fragments (titles, scare quotes). */
  static boolean keep(String text, QuoteMerger.Piece p) {
    String content = p.span().content(text);
    String lower = content.toLowerCase(Locale.ROOT);
    if (lower.contains("http") || lower.contains("www.") || content.startsWith("@") || content.startsWith("#")
        || content.indexOf('<') >= 0 || content.indexOf('{') >= 0) {
      return false;
    }
    if (!hasLetter(content) || precededBy(text, p.span().start(), '=')) {
      return false; // a date, a number or an attribute value (datetime="2016-06-29"): nobody says it
    }
    if (isLetterLabel(content)) {
      return false; // class "B" shares, plan "A", a grade "C": a letter that labels a thing, nobody's words
    }
    int words = wordCount(content);
    if (words <= 2 && content.endsWith(":")) {
      return false; // "Related:", "Watch:": a page's label for what follows, never a whole utterance
    }
    if (words <= 2 && isTitleCase(content) && isNickname(text, p.span())) {
      return false; // Marcia “Cia” Price, John "Tig" Tiegen: a nickname inside a name
    }
    if (p.kind() == QuoteKind.PARTIAL && words <= 6 && isTitleCase(content) && !isChant(content)
        && (afterTitleWord(text, p.span()) || afterBroadcaster(text, p.span().start()))) {
      return false; // a show, book or paper: on “Fox News Sunday”, CNN’s “State of the Union”
    }
    if (words <= MAX_TITLE_WORDS && isTitleCase(content) && !isChant(content) && afterWorkNoun(text, p.span())) {
      return false; // his memoir, “Gifted Hands,”; the hit Broadway play, “Eclipsed.”: the work's name
    }
    if (p.speaker() == null && inLinkParagraph(text, p.span())) {
      return false; // a link list's headline, an embedded post's text: the page cites it, nobody is reported saying it
    }
    if (p.speaker() == null) {
      // one- and two-word fragments nobody says are scare quotes and names; a chant (USA! USA!) is said, and so is a
      // fragment in a clause of reported speech whose speaker no rule could name (called his standing “unheard of”)
      return words >= 3 || isChant(content) || p.reported();
    }
    return true;
  }

  /** The stretch is one capital letter, punctuation aside. */
  private static boolean isLetterLabel(String content) {
    int letters = 0;
    for (int i = 0; i < content.length(); i++) {
      char ch = content.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        if (++letters > 1 || !Character.isUpperCase(ch)) {
          return false;
        }
      }
    }
    return letters == 1;
  }

  /** A web address: a scheme, {@code www.}, or a host name with a path ({@code nyti.ms/1RHiWiu}, {@code t.co/x}). */
  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("(?i)https?://|www\\.|\\b[a-z0-9-]+\\.[a-z]{2,6}/\\w");

  /**
   * The stretch's paragraph (its line) holds a web address: a newsletter's link roundup ({@code —"Headline," by
   * Times' Author: "excerpt" http://nyti.ms/…}) or a pasted post ({@code … pic.twitter.com/…}). Such lines cite what
   * they link; an article reports speech in its own sentences.
   */
  private static boolean inLinkParagraph(String text, QuoteSpan span) {
    int from = span.start();
    while (from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
      from--;
    }
    int to = span.end();
    while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
      to++;
    }
    return WEB_ADDRESS.matcher(text).region(from, to).find();
  }

  /** The stretch stands between two capitalised words of one name, no punctuation either side. */
  private static boolean isNickname(String text, QuoteSpan span) {
    int b = span.start();
    if (b < 2 || text.charAt(b - 1) != ' ' || !Character.isLowerCase(text.charAt(b - 2))) {
      return false;
    }
    int ws = b - 2;
    while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    int a = span.end();
    if (!Character.isUpperCase(text.charAt(ws)) || a + 1 >= text.length() || text.charAt(a) != ' '
        || !Character.isUpperCase(text.charAt(a + 1))) {
      return false;
    }
    // the name ends after the surname (Price said): in a Title Case headline the capitals run on
    int e = a + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e + 1 >= text.length() || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1));
  }

  /** {@code USA! USA!}, {@code Lock her up!}: an exclamation repeated or shouted, the crowd's words. */
  private static boolean isChant(String content) {
    if (content.indexOf('!') < 0) {
      return false;
    }
    String[] ws = content.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String w : ws) {
      if (!w.isEmpty() && !seen.add(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededBy(String text, int pos, char c) {
    int j = pos;
    while (j > 0 && Words.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j > 0 && text.charAt(j - 1) == c;
  }

  /**
   * Right after a broadcaster's or a day's possessive (ABC’s, MSNBC's, Sunday’s, Fox News Channel’s): the quoted
   * title that follows names a programme.
   */
  private static boolean afterBroadcaster(String text, int pos) {
    int e = pos;
    while (e > 0 && Words.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e < 3 || text.charAt(e - 1) != 's' || (text.charAt(e - 2) != '\'' && text.charAt(e - 2) != '\u2019')) {
      return false;
    }
    int we = e - 2;
    int ws = we;
    while (ws > 0 && Character.isLetterOrDigit(text.charAt(ws - 1))) {
      ws--;
    }
    if (ws == we) {
      return false;
    }
    String w = text.substring(ws, we);
    boolean acronym = w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    String lw = w.toLowerCase(Locale.ROOT);
    return acronym || BROADCAST_WORDS.contains(lw);
  }

  private static final java.util.Set<String> BROADCAST_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "channel", "network", "news", "radio", "tv", "television",
      "week", "night", "morning", "evening", "podcast");

  /** Most words of a work's title in Title Case after the noun that names the work. */
  private static final int MAX_TITLE_WORDS = 12;
  private static final java.util.Set<String> WORK_NOUNS = java.util.Set.of("book", "memoir", "autobiography", "novel",
      "film", "movie", "biopic", "documentary", "show", "program", "programme", "series", "miniseries", "sitcom",
      "episode", "podcast", "album", "song", "anthem", "play", "musical", "newspaper", "magazine", "column");

  /**
   * Right after a noun that names a work, or after the comma that sets the title in apposition to it ({@code the hit
   * Broadway play, “Eclipsed.”}, {@code his weekly radio show, “Generations with …,”}): the Title Case words that
   * follow are the work's name, which nobody says.
   */
  private static boolean afterWorkNoun(String text, QuoteSpan span) {
    int e = span.start();
    while (e > 0 && Words.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > 0 && text.charAt(e - 1) == ',') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return WORK_NOUNS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isTitleCase(String s) {
    for (String w : SPACES.split(s)) {
      String b = LEADING_PUNCT.matcher(w).replaceAll("");
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
      "book", "film", "movie", "series", "titled", "entitled", "called", "dubbed", "named", "podcast", "documentary",
      "album", "song", "novel", "episode", "segment", "sitcom", "classic", "column", "hit", "miniseries", "broadcast",
      "edits", "hosts", "anchors", "starred", "appeared", "airing", "aired");

  private static boolean afterTitleWord(String text, QuoteSpan span) {
    int e = span.start();
    while (e > 0 && Words.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    return BEFORE_TITLES.contains(w) && !w.equals("called") || w.equals("called") && false;
  }

  /** How many runs of letters and digits {@code s} holds (QuoteExtractor counts fragments with it too). */
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
