package org.newsquote.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage, the same parameters and the same arithmetic, so the same
 * passages win) without its per-passage {@code BytesRefHash}: that hash allocates a 32 KB byte block for every
 * candidate passage, and scoring passages was an eighth of a one-word search's CPU time. A passage holds a few
 * matches, so its distinct terms are found by a linear scan; a passage with many matches goes to Lucene's own code.
 * Stateless and thread-safe.
 */
final class PassageScores extends PassageScorer {
  /** Above this many matches in one passage the linear scan could cost more than the hash. */
  private static final int MAX_LINEAR_MATCHES = 64;

  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    if (n > MAX_LINEAR_MATCHES) {
      return super.score(passage, contentLength);
    }
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // Distinct terms in order of first appearance, as the hash numbers them; the frequency in the document is the
    // first occurrence's, as in Lucene's scorer.
    BytesRef[] distinct = new BytesRef[n];
    int[] inPassage = new int[n];
    int[] inDoc = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int t = 0;
      while (t < count && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == count) {
        distinct[count] = terms[i];
        inDoc[count] = freqsInDoc[i];
        count++;
      }
      inPassage[t]++;
    }
    double score = 0;
    for (int t = 0; t < count; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
