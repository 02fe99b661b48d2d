/**
 * How newsquote reads each input format and recovers article metadata. Not API: do not depend on these classes, they
 * change without notice; use {@link org.newsquote.ingest.Corpus}.
 */
package org.newsquote.ingest.internal;
