package org.hadath.resolve.place;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the caller knows about a document that helps to choose among same-name places.
 *
 * @param dateline the dateline place name («الرقة» from «بلدي نيوز – الرقة»), if any
 * @param countries countries the actors belong to, as names ("Syria") or ISO2 codes ("SY")
 */
public record PlaceContext(Optional<String> dateline, Set<String> countries) {
  public PlaceContext {
    Objects.requireNonNull(dateline, "dateline");
    countries = Set.copyOf(countries);
  }

  /** No context at all. */
  public static PlaceContext none() {
    return new PlaceContext(Optional.empty(), Set.of());
  }
}
