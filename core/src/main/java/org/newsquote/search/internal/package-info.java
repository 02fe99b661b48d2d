/** Helpers of the search package. Not API: do not depend on anything here, it changes without notice. */
package org.newsquote.search.internal;
