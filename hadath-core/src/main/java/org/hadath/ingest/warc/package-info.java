/**
 * WARC input ({@code .warc}, {@code .warc.gz}): each response or resource record holding an HTML
 * page or plain text is one document, read with jwarc by {@link org.hadath.ingest.warc.WarcPages}.
 */
package org.hadath.ingest.warc;
