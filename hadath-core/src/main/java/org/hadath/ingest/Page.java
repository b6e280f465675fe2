package org.hadath.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Zone;

/**
 * The structure {@link PageAnalyzer} found in a page's text.
 *
 * @param zones the zones, in text order, over trimmed non-blank lines (or parts of lines)
 * @param title the headline without site-name suffixes, if the page has one
 * @param outlet the canonical outlet name from the byline, if any
 * @param author the author from the byline, if any
 * @param dateline the place named in the byline, if any
 * @param siteName a site name removed from the title, if any
 */
public record Page(
    List<Zone> zones,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<String> dateline,
    Optional<String> siteName) {
  public Page {
    zones = List.copyOf(zones);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(siteName, "siteName");
  }
}
