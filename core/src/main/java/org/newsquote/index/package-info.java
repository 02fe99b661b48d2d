/** The index: one schema class, writing articles and their quotes as Lucene documents. */
package org.newsquote.index;
