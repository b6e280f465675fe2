package org.hadath.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A byline read from the start of a line: «بلدي نيوز – الرقة (مأمون السيد)», "BEIRUT (Reuters) -".
 *
 * @param length how many chars of the line it takes, separator after it included; the rest of the
 *     line (if any) is body text
 * @param outlet the outlet named, if it is in the outlet dictionary
 * @param outletText the outlet's name as written, also when it is not in the dictionary («صحوة
 *     نيوز»: a part with a site word)
 * @param dateline the place named, as written
 * @param author the author named, as written
 */
public record Byline(
    int length,
    Optional<Outlet> outlet,
    Optional<String> outletText,
    Optional<String> dateline,
    Optional<String> author) {
  public Byline {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(outletText, "outletText");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(author, "author");
  }
}
