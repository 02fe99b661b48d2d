package org.newsquote.extract.internal;

/**
 * The words of a text read backwards from a position down to a floor, one at a time, as the lookbacks for an earlier
 * name, firm, thing or cue read them: {@code for (WordsBack w = new WordsBack(text, pos, from); w.next(); )} with
 * {@link #start()} and {@link #end()} of the current word. Words are cut as {@link Words#previousWordEnd} and {@link
 * Words#wordStart} cut them: punctuation after a word is left out, inner dots and ampersands stay in ({@code U.S}).
 * A walk is one reader's state: not thread-safe.
 */
public final class WordsBack {
  private final CharSequence text;
  private final int floor;
  private int at;
  private int start;
  private int end;

  /** A walk over the words of {@code text} that end at or before {@code from} and start at or after {@code floor}. */
  public WordsBack(CharSequence text, int from, int floor) {
    this.text = text;
    this.floor = floor;
    this.at = from;
  }

  /** Steps to the previous word; false when none is left above the floor. */
  public boolean next() {
    if (at <= floor) {
      return false;
    }
    end = Words.previousWordEnd(text, at, floor);
    start = Words.wordStart(text, end, floor);
    if (start >= end) {
      return false;
    }
    at = start;
    return true;
  }

  /** Where the current word starts. */
  public int start() {
    return start;
  }

  /** Where the current word ends. */
  public int end() {
    return end;
  }
}
