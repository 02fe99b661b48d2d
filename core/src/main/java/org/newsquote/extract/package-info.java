/** Quote extraction and speaker attribution: an ordered list of small rules, each naming itself in its results. */
package org.newsquote.extract;
