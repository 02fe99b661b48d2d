package org.newsquote.cli;

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

  private CommandFactory() {}

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    Object made = make(cls);
    return made != null ? cls.cast(made) : PICOCLI.create(cls);
  }

  private static Object make(Class<?> cls) {
    // Mixins and helpers first (several per command), then the subcommands.
    if (cls == CommonOptions.class) {
      return new CommonOptions();
    } else if (cls == IndexOption.class) {
      return new IndexOption();
    } else if (cls == JsonOption.class) {
      return new JsonOption();
    } else if (cls == SearchOptions.class) {
      return new SearchOptions();
    } else if (cls == CorpusFilterOptions.class) {
      return new CorpusFilterOptions();
    } else if (cls == SortOption.Converter.class) {
      return new SortOption.Converter();
    } else if (cls == SortOption.Candidates.class) {
      return new SortOption.Candidates();
    } else if (cls == VersionProvider.class) {
      return new VersionProvider();
    } else if (cls == SearchCommand.class) {
      return new SearchCommand();
    } else if (cls == QuotesCommand.class) {
      return new QuotesCommand();
    } else if (cls == ShowCommand.class) {
      return new ShowCommand();
    } else if (cls == StatsCommand.class) {
      return new StatsCommand();
    } else if (cls == IndexCommand.class) {
      return new IndexCommand();
    } else if (cls == ExtractCommand.class) {
      return new ExtractCommand();
    } else if (cls == VerifyCommand.class) {
      return new VerifyCommand();
    } else if (cls == CompletionCommand.class) {
      return new CompletionCommand();
    }
    return null;
  }
}
