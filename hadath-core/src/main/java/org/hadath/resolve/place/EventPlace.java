package org.hadath.resolve.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;

/**
 * Where an event happened, and why.
 *
 * @param location the ACLED location: the most precise place named, with admin hierarchy,
 *     coordinates and geo precision
 * @param place the gazetteer place the location is (for «ريف حلب الشمالي», the admin1 Aleppo)
 * @param town the populated place it lies in or near, when the place is part of one (al-Mishlab →
 *     Ar Raqqa), or the place itself when it is populated; ACLED-style writers name it first
 * @param mentions the place mentions the location was built from, primary first; each carries its
 *     span, cue and rules for evidence
 * @param rule which locating rule chose it: {@code "locate:sentence"}, {@code "locate:paragraph"},
 *     {@code "locate:dateline"}, with {@code "+town"} when a part and its town were named together
 */
public record EventPlace(
    Location location,
    Place place,
    Optional<Place> town,
    List<PlaceMention> mentions,
    String rule) {
  public EventPlace {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(town, "town");
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(rule, "rule");
  }
}
