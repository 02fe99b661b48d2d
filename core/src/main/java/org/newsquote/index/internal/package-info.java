/** Helpers of the index package. Not API: do not depend on anything here, it changes without notice. */
package org.newsquote.index.internal;
