/**
 * The values newsquote passes between its stages: articles, quotes, dates and problem reports. All are immutable
 * records that check their inputs, safe to share between threads.
 */
package org.newsquote.model;
