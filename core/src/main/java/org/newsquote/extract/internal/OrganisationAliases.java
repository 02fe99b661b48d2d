package org.newsquote.extract.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The long names of organisations that the news names by a short form: a speaker written {@code the North Atlantic
 * Alliance} is the {@code NATO} quoted elsewhere. Immutable and thread-safe.
 *
 * <p>Only organisations whose short form is the name the press itself uses in attribution are listed: mapping
 * {@code United Nations} to {@code UN} would merely trade one spelling for another.
 */
public final class OrganisationAliases {
  private static final Map<String, String> SHORT = Map.of(
      "north atlantic alliance", "NATO",
      "north atlantic treaty organization", "NATO",
      "north atlantic treaty organisation", "NATO");

  private OrganisationAliases() {}

  /** The short form of {@code name} (a leading {@code the} ignored), or {@code name} itself when it has none. */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return SHORT.getOrDefault(n, name);
  }
}
