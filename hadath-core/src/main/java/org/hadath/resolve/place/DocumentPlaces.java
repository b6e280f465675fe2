package org.hadath.resolve.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Span;

/**
 * The places of one document, found and resolved once, for locating each of its events.
 *
 * @param places resolved place names in text order
 * @param unknown cued names the gazetteer does not know (or knows only in another country), in text
 *     order
 * @param dateline the dateline place, if the document has one the gazetteer knows
 * @param datelineSpan where the dateline name is in the text, if it could be found
 */
public record DocumentPlaces(
    List<ResolvedPlace> places,
    List<UnknownPlace> unknown,
    Optional<Place> dateline,
    Optional<Span> datelineSpan) {
  public DocumentPlaces {
    places = List.copyOf(places);
    unknown = List.copyOf(unknown);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(datelineSpan, "datelineSpan");
  }
}
