package org.newsquote.extract;

/**
 * What an attribution rule decided for one quote: who said it, in what role, with which cue. Immutable.
 *
 * @param speaker canonical name within the article, or null when the rule found a speaker phrase it cannot name
 * @param role the speaker's role or title, or null
 * @param cue the cue verb or phrase, or null
 * @param organisation whether the speaker is an organisation rather than a person
 */
public record Attribution(String speaker, String role, String cue, boolean organisation) {
  /** A role that is only an article ({@code the}, left by {@code said the Fed}) tells nothing: none. */
  public Attribution {
    if (role != null && (role.equalsIgnoreCase("the") || role.equalsIgnoreCase("a") || role.equalsIgnoreCase("an"))) {
      role = null;
    }
  }
}
