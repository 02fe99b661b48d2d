/** Searching articles and quotes: query language, highlighting and facets. */
package org.newsquote.search;
