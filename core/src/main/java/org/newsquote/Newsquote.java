package org.newsquote;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsquote.extract.QuoteExtractor;
import org.newsquote.index.IndexJob;
import org.newsquote.index.IndexJobOptions;
import org.newsquote.index.IndexSummary;
import org.newsquote.ingest.Corpus;
import org.newsquote.ingest.CorpusOptions;
import org.newsquote.model.Article;
import org.newsquote.model.ExtractedArticle;
import org.newsquote.model.IngestProblem;
import org.newsquote.search.NewsSearcher;

/**
 * The short way into newsquote: read articles, extract their quotes, index a corpus and open an index for search.
 * Each method delegates to the stage that does the work ({@link Corpus}, {@link QuoteExtractor}, {@link IndexJob},
 * {@link NewsSearcher}); use those directly for every option. Stateless and thread-safe; nothing here prints.
 *
 * <pre>{@code
 * Newsquote.index(Path.of("index"), Path.of("articles"));
 * try (NewsSearcher searcher = Newsquote.open(Path.of("index"))) {
 *   for (ArticleHit hit : searcher.search(SearchRequest.builder("speaker:kirby NATO").build()).hits()) {
 *     System.out.println(hit.title() + ": " + hit.snippets().get(0).text());
 *   }
 * }
 * }</pre>
 */
public final class Newsquote {
  private Newsquote() {}

  /**
   * The articles in {@code paths} (files or directories, walked recursively), read lazily; the stream must be closed.
   * Problems with an input go to {@code problems} and never stop the stream.
   */
  public static Stream<Article> read(List<Path> paths, Consumer<IngestProblem> problems) {
    return Corpus.articles(paths, CorpusOptions.defaults(), problems);
  }

  /** {@code article} with its quotes, found and attributed by the standard extractor. */
  public static ExtractedArticle extract(Article article) {
    return QuoteExtractor.standard().apply(article);
  }

  /**
   * Brings the index in {@code indexDir} up to date with {@code corpus} (created when absent): new and changed files
   * are indexed, files gone from the corpus deleted, unchanged ones skipped.
   *
   * @throws org.newsquote.index.IndexException when the index cannot be opened or written
   * @throws InterruptedException when interrupted; committed work is kept
   */
  public static IndexSummary index(Path indexDir, Path... corpus) throws InterruptedException {
    return new IndexJob(indexDir, IndexJobOptions.builder(List.of(corpus)).build()).run();
  }

  /**
   * Opens the index in {@code indexDir} for searching, read-only; close it when done.
   *
   * @throws org.newsquote.index.IndexException NOT_FOUND when there is no index there
   */
  public static NewsSearcher open(Path indexDir) {
    return NewsSearcher.open(indexDir);
  }
}
