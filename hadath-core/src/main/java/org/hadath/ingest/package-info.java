/**
 * Ingest: turns inputs (text, HTML, JSONL, WARC files, directories, stdin) into {@link
 * org.hadath.model.Document}s, lazily and in input order, with zones (title, byline, body, related
 * lists, boilerplate) found by {@link org.hadath.ingest.PageAnalyzer}.
 *
 * <p>Entry point: {@link org.hadath.ingest.Ingest#open}. Bad input never throws: each problem
 * becomes an {@link org.hadath.ingest.Ingested.Failed} or a warning on an {@link
 * org.hadath.ingest.Ingested.Read}.
 */
package org.hadath.ingest;
