/** Reading articles in the forms people have them, and recovering outlet, date, title and body. */
package org.newsquote.ingest;
