package org.newsquote.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsquote.extract.internal.CueLexicon;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.QuoteSpanFinder;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.Quote;
import org.newsquote.model.QuoteKind;

/**
 * Finds every direct quotation in an article and attributes it to a speaker. Immutable and thread-safe: one instance
 * serves any number of threads.
 *
 * <p>The pipeline: pair the quotation marks ({@code QuoteSpanFinder}), try the attribution rules in order on each
 * stretch (the first that decides wins and is named in {@link Quote#rule()}), resolve speaker phrases to the
 * article's fullest name ({@code SpeakerResolver}), drop stretches nobody says (titles, scare quotes, addresses), and
 * join stretches that form one attributed utterance ({@link QuoteMerger}).
 */
public final class QuoteExtractor {
  private final List<AttributionRule> rules;
  private final QuoteMerger merger;
  private final QuoteSpanFinder finder = new QuoteSpanFinder();
  private final CueLexicon cues = CueLexicon.english();
  private final MentionParser mentions = new MentionParser(cues);

  private QuoteExtractor(List<AttributionRule> rules, QuoteMerger merger) {
    this.rules = List.copyOf(rules);
    this.merger = merger;
  }

  /** The standard rules, in the order they are tried. */
  public static List<AttributionRule> standardRules() {
    return List.of(
        new TranscriptRule(),
        new AccordingToRule(),
        new QuotedAsSayingRule(),
        new CueAfterRule(),
        new SpeakerLabelRule(),
        new CueBeforeRule(),
        new PossessiveWordsRule(),
        new SentenceEndCueRule(),
        new SameParagraphRule(),
        new ReportedSpeechRule(),
        new PreviousSentenceRule(),
        new PreviousParagraphRule(),
        new SentenceSubjectRule(),
        new PreviousParagraphSubjectRule(),
        new PreviousSentenceSubjectRule(),
        new HeadlineRule());
  }

  /** The extractor with newsquote's standard rules. */
  public static QuoteExtractor standard() {
    return new QuoteExtractor(standardRules(), QuoteMerger.standard());
  }

  /** An extractor with the given rules (tried in order) and the standard merging. */
  public static QuoteExtractor withRules(List<AttributionRule> rules) {
    return new QuoteExtractor(Objects.requireNonNull(rules, "rules"), QuoteMerger.standard());
  }

  /** This extractor, keeping every quoted stretch apart instead of joining continuations of one utterance. */
  public QuoteExtractor splittingContinuations() {
    return new QuoteExtractor(rules, QuoteMerger.splitting());
  }

  /** The quotes of {@code article} in text order; empty when it has none. */
  public List<Quote> extract(Article article) {
    return extract(article.text());
  }

  /** The quotes of {@code text} in text order; empty when it has none. */
  public List<Quote> extract(String text) {
    Objects.requireNonNull(text, "text");
    if (!hasMark(text)) {
      return List.of(); // most newswire has no quotation at all: one cheap pass decides
    }
    Paragraphs paragraphs = Paragraphs.of(text);
    List<QuoteSpan> spans = finder.find(text, paragraphs);
    if (spans.isEmpty()) {
      return List.of();
    }
    Sentences sentences = new Sentences(text, paragraphs, spans);
    SpeakerResolver resolver = new SpeakerResolver(text, spans, cues);
    List<QuoteContext.Earlier> earlier = new ArrayList<>();
    List<QuoteMerger.Piece> pieces = new ArrayList<>();
    for (QuoteSpan span : spans) {
      QuoteContext c = new QuoteContext(text, span, paragraphs, sentences, resolver, cues, mentions, earlier);
      String ruleName = null;
      Attribution a = null;
      for (AttributionRule rule : rules) {
        Optional<Attribution> got = rule.attribute(c);
        if (got.isPresent()) {
          a = got.get();
          ruleName = rule.name();
          break;
        }
      }
      earlier.add(new QuoteContext.Earlier(span.start(), span.end(), span.paragraph(), a));
      // a lower-case fragment in a clause of reported speech is somebody's words; a capitalised one names a thing
      boolean reported = (a == null || a.speaker() == null) && QuotationFilter.wordCount(span.content(text)) < 3
          && Character.isLowerCase(text.charAt(span.contentStart())) && c.cueEarlierInSentence();
      pieces.add(new QuoteMerger.Piece(span, a, ruleName, kindOf(text, span, sentences),
          sentences.startOf(span.start()), reported));
    }
    echoHeadline(text, paragraphs, pieces);
    spokespersonForInstitution(pieces);
    return merger.merge(text, pieces);
  }

  /** Longest headline, in chars: a longer first paragraph is body text. */
  private static final int MAX_HEADLINE = 200;
  /** Most short paragraphs read as headline matter before the body. */
  private static final int MAX_HEAD_PARAGRAPHS = 3;
  /** Most words of a headline fragment that is looked up in the body. */
  private static final int MAX_ECHO_WORDS = 8;

  /**
   * A headline quotes a few words that the body quotes in full ({@code NATO warns Russia will get ‘more’} over
   * {@code “…it will only get more NATO,” Stoltenberg said}): the headline fragment takes the speaker of the first
   * body quote holding the same words, which the body attributes with its cue.
   */
  private static void echoHeadline(String text, Paragraphs paragraphs, List<QuoteMerger.Piece> pieces) {
    int head = 0; // the short paragraphs before the first long one: dateline, kicker, headline
    while (head < paragraphs.count() && head < MAX_HEAD_PARAGRAPHS
        && paragraphs.end(head) - paragraphs.start(head) <= MAX_HEADLINE) {
      head++;
    }
    if (head == 0 || head == paragraphs.count()) {
      return;
    }
    for (int i = 0; i < pieces.size(); i++) {
      QuoteMerger.Piece p = pieces.get(i);
      if (p.span().paragraph() >= head) {
        break;
      }
      String frag = normalised(p.span().content(text));
      if (frag.isBlank() || QuotationFilter.wordCount(frag) > MAX_ECHO_WORDS) {
        continue;
      }
      for (int j = i + 1; j < pieces.size(); j++) {
        QuoteMerger.Piece q = pieces.get(j);
        if (q.span().paragraph() < head || q.speaker() == null
            || !(" " + normalised(q.span().content(text)) + " ").contains(" " + frag + " ")) {
          continue;
        }
        Attribution a = q.attribution();
        pieces.set(i, new QuoteMerger.Piece(p.span(), new Attribution(a.speaker(), a.role(), a.cue(),
            a.organisation()), "headline-echo", p.kind(), p.sentence()));
        break;
      }
    }
  }

  /**
   * {@code ‘…’ – Kremlin} in a headline, and in the body {@code Kremlin spokesman Dmitry Peskov said}: the institution
   * a headline signs speaks through the person the body names as its voice, so the quote goes to that person.
   */
  private static void spokespersonForInstitution(List<QuoteMerger.Piece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      QuoteMerger.Piece p = pieces.get(i);
      boolean signed = "headline-dash".equals(p.rule())
          || "cue-after".equals(p.rule()) && p.attribution() != null && p.attribution().cue() == null;
      if (!signed || p.speaker() == null) { // signed with a dash and a name: ‘…’ – Kremlin
        continue;
      }
      String org = p.speaker().toLowerCase(java.util.Locale.ROOT);
      for (int j = i + 1; j < pieces.size(); j++) {
        Attribution a = pieces.get(j).attribution();
        if (a != null && a.speaker() != null && !a.organisation() && a.role() != null
            && a.role().toLowerCase(java.util.Locale.ROOT).contains(org) && isVoiceRole(a.role())) {
          pieces.set(i, new QuoteMerger.Piece(p.span(), new Attribution(a.speaker(), a.role(), p.attribution().cue(),
              false), p.rule(), p.kind(), p.sentence()));
          break;
        }
      }
    }
  }

  private static boolean isVoiceRole(String role) {
    String r = role.toLowerCase(java.util.Locale.ROOT);
    return r.contains("spokes") || r.contains("press secretary") || r.contains("secretary") || r.contains("chief")
        || r.contains("head") || r.contains("president") || r.contains("minister") || r.contains("director");
  }

  /** Lower-case words separated by single spaces, punctuation dropped. */
  private static String normalised(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (c != '\'' && c != '\u2019' && !space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  private static boolean hasMark(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '"' || (c >= '\u2018' && c <= '\u201f') || c == '\u00ab' || c == '\u00bb') {
        return true;
      }
    }
    return false;
  }

  /** {@code article} with its quotes. */
  public ExtractedArticle apply(Article article) {
    return new ExtractedArticle(article, extract(article));
  }

  /** Contexts with no earlier decisions, one per quoted stretch: lets a single rule be tried on its own. */
  List<QuoteContext> contexts(String text) {
    Paragraphs paragraphs = Paragraphs.of(text);
    List<QuoteSpan> spans = finder.find(text, paragraphs);
    Sentences sentences = new Sentences(text, paragraphs, spans);
    SpeakerResolver resolver = new SpeakerResolver(text, spans, cues);
    List<QuoteContext> out = new ArrayList<>();
    for (QuoteSpan span : spans) {
      out.add(new QuoteContext(text, span, paragraphs, sentences, resolver, cues, mentions, List.of()));
    }
    return out;
  }

  /** Direct when the quote opens its sentence or follows an introducing colon or comma; partial inside a clause. */
  private static QuoteKind kindOf(String text, QuoteSpan span, Sentences sentences) {
    if (span.continues()) {
      return QuoteKind.DIRECT;
    }
    int s = sentences.startOf(span.start());
    int j = span.start();
    while (j > s && (Character.isWhitespace(text.charAt(j - 1)) || text.charAt(j - 1) == '\u00a0')) {
      j--; // a no-break space after the full stop is still the gap between sentences
    }
    if (j == s) {
      return QuoteKind.DIRECT;
    }
    char p = text.charAt(j - 1);
    boolean capital = Character.isUpperCase(text.charAt(span.contentStart()));
    // a full stop the sentence splitter kept (R-S.C. “I get that.”) still ends the sentence before a capital
    return (p == ':' || p == ',' || p == '.' || p == '?' || p == '!') && capital ? QuoteKind.DIRECT
        : QuoteKind.PARTIAL;
  }
}
