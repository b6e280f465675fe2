package org.hadath.ingest.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item (RSS) or entry (Atom) of a feed.
 *
 * @param id the item's guid (RSS) or id (Atom), else its link, else empty
 * @param title the item title, as text
 * @param link the article's address, if any
 * @param published the publication date ({@code pubDate}, {@code published}, {@code updated},
 *     {@code dc:date}), if any and readable
 * @param html the article as HTML ({@code content:encoded}, Atom {@code content}, else {@code
 *     description} / {@code summary}); empty when the item has none
 */
public record FeedItem(
    Optional<String> id,
    Optional<String> title,
    Optional<String> link,
    Optional<LocalDate> published,
    Optional<String> html) {
  public FeedItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(html, "html");
  }
}
