package org.hadath.model;

import java.util.Objects;

/**
 * A region of a document's original text with a known role. Extraction reads only {@link Kind#BODY}
 * zones, so a related-articles list or a title never yields events.
 */
public record Zone(Kind kind, Span span) {
  public Zone {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }

  /** The role of a zone. */
  public enum Kind {
    TITLE,
    BYLINE,
    BODY,
    /** «مقالات ذات صلة», «اقرأ أيضا», "Related": headlines of other stories. */
    RELATED,
    /** Navigation, share widgets, footers and other page furniture. */
    BOILERPLATE
  }
}
