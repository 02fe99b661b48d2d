package org.newsquote.cli;

import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Makes newsquote's commands, mixins, converters and candidate lists with {@code new} instead of reflection. Picocli's
 * default factory first calls each package-private constructor without {@code setAccessible}, which throws an
 * {@link IllegalAccessException} (a stack walk each), then retries through a reflective accessor built at run time:
 * seven of each in a cold {@code search}. Classes not named here (picocli's own) go to picocli's factory. Stateless,
 * thread-safe.
 */
final class CommandFactory implements CommandLine.IFactory {
  static final CommandFactory INSTANCE = new CommandFactory();

  private static final CommandLine.IFactory PICOCLI = CommandLine.defaultFactory();

  /** Mixins and helpers (several per command), then the subcommands. */
  private static final Map<Class<?>, Supplier<Object>> MAKERS =
      Map.ofEntries(
          Map.entry(CommonOptions.class, CommonOptions::new),
          Map.entry(IndexOption.class, IndexOption::new),
          Map.entry(JsonOption.class, JsonOption::new),
          Map.entry(SearchOptions.class, SearchOptions::new),
          Map.entry(CorpusFilterOptions.class, CorpusFilterOptions::new),
          Map.entry(SortOption.Converter.class, SortOption.Converter::new),
          Map.entry(SortOption.Candidates.class, SortOption.Candidates::new),
          Map.entry(VersionProvider.class, VersionProvider::new),
          Map.entry(SearchCommand.class, SearchCommand::new),
          Map.entry(QuotesCommand.class, QuotesCommand::new),
          Map.entry(ShowCommand.class, ShowCommand::new),
          Map.entry(StatsCommand.class, StatsCommand::new),
          Map.entry(IndexCommand.class, IndexCommand::new),
          Map.entry(ExtractCommand.class, ExtractCommand::new),
          Map.entry(VerifyCommand.class, VerifyCommand::new),
          Map.entry(CompletionCommand.class, CompletionCommand::new));

  private CommandFactory() {}

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    Supplier<Object> maker = MAKERS.get(cls);
    return maker != null ? cls.cast(maker.get()) : PICOCLI.create(cls);
  }
}
