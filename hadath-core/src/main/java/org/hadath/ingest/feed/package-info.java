/**
 * RSS 2.0 and Atom feeds: {@link FeedParser} turns a feed into items, {@link HttpFetcher} fetches
 * feeds and pages over HTTP(S) with timeouts, a size limit and a bounded number of redirects.
 */
package org.hadath.ingest.feed;
