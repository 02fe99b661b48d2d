/**
 * The newsquote command line: one picocli class per subcommand that parses, calls core and renders, plus the text
 * and JSON renderers. The only place in newsquote that prints, colours or chooses exit codes ({@link
 * org.newsquote.cli.ErrorHandler} maps every exception in one place).
 */
package org.newsquote.cli;
