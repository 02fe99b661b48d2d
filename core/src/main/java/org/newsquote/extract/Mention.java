package org.newsquote.extract;

import java.util.Objects;

/**
 * A phrase in the article that names or points at a speaker ({@code US National Security Council spokesman John
 * Kirby}, {@code the ministry}, {@code she}), split into name and role. Immutable.
 *
 * @param start offset of the phrase in the article text
 * @param end offset just after it
 * @param name the name as written, titles removed ({@code John Kirby}, {@code Russia’s Foreign Ministry}), or null for
 *     pronouns and bare roles
 * @param role the role or title words ({@code US National Security Council spokesman}), or null
 * @param type what sort of phrase it is
 * @param head for pronouns the pronoun, for bare roles the head noun ({@code spokesman}), else the last name word
 */
public record Mention(int start, int end, String name, String role, Type type, String head) {

  /** What a mention is. */
  public enum Type {
    /** A person's name, possibly with a title or role. */
    PERSON,
    /** An organisation, country or outlet named as speaker. */
    ORGANISATION,
    /** He, she, they, ... */
    PRONOUN,
    /** A role without a name: the spokesman, a senior official, the ministry. */
    NOMINAL
  }

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(head, "head");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("need 0 <= start <= end, got start=" + start + " end=" + end);
    }
  }
}
