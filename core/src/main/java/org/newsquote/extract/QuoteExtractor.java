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
  private final MentionParser mentions = new MentionParser();

  private QuoteExtractor(List<AttributionRule> rules, QuoteMerger merger) {
    this.rules = List.copyOf(rules);
    this.merger = merger;
  }

  /** The standard rules, in the order they are tried. */
  public static List<AttributionRule> standardRules() {
    return List.of(
        new TranscriptRule(),
        new CueAfterRule(),
        new CueBeforeRule(),
        new SameParagraphRule(),
        new ReportedSpeechRule(),
        new PreviousParagraphRule(),
        new SentenceSubjectRule(),
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
      pieces.add(new QuoteMerger.Piece(span, a, ruleName, kindOf(text, span, sentences),
          sentences.startOf(span.start())));
    }
    return merger.merge(text, pieces);
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
    while (j > s && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    if (j == s) {
      return QuoteKind.DIRECT;
    }
    char p = text.charAt(j - 1);
    boolean capital = Character.isUpperCase(text.charAt(span.contentStart()));
    return (p == ':' || p == ',') && capital ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
  }
}
