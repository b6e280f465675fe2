package org.hadath.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Zone;

/**
 * What {@link HtmlExtractor} reads from a page.
 *
 * @param text the visible text of the article: headline, byline, paragraphs, one per line
 * @param lines the role of each line the page's markup makes certain (the headline, a related
 *     widget's items, an author box), by the start offset of the line in {@code text}
 * @param url the canonical address (link rel=canonical, og:url, JSON-LD url), if any
 * @param title the headline from metadata (og:title, JSON-LD headline, {@code <title>}), if any
 * @param siteName og:site_name, application-name or the JSON-LD publisher, if any
 * @param author the author from metadata (meta author, JSON-LD author), if any
 * @param published the publication date from metadata, if any
 */
public record HtmlPage(
    String text,
    List<KnownLine> lines,
    Optional<String> url,
    Optional<String> title,
    Optional<String> siteName,
    Optional<String> author,
    Optional<LocalDate> published) {
  public HtmlPage {
    Objects.requireNonNull(text, "text");
    lines = List.copyOf(lines);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(published, "published");
  }

  /** A line of {@link #text()} starting at {@code start} whose role the markup gives. */
  public record KnownLine(int start, Zone.Kind kind) {}
}
