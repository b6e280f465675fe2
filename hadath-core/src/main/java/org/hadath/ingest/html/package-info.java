/**
 * HTML pages: the article's visible text and the metadata in the page's head, read with jsoup. The
 * extractor is a pure function from markup to {@link org.hadath.ingest.html.HtmlPage}; zones are
 * found afterwards by {@link org.hadath.ingest.PageAnalyzer}, as for plain text.
 */
package org.hadath.ingest.html;
