package org.newsquote.model;

/** Whether a quotation stands as a sentence of its own or is a fragment inside reported speech. */
public enum QuoteKind {
  /** A whole quoted utterance: {@code “We will not attack,” Kirby said.} */
  DIRECT,
  /** Quoted words inside reported speech: {@code Kirby noted that NATO is “confident that …”}. */
  PARTIAL;

  /** The lower-case name used in JSON output and in the index. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
