/**
 * Helpers of the quote extractor: quote-span finding, sentence bounds, the cue lexicon, mention parsing and speaker
 * resolution. Not API: do not depend on anything here, it changes without notice.
 */
package org.newsquote.extract.internal;
