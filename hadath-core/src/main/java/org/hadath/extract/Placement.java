package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;

/**
 * Where an event is placed, and why.
 *
 * @param location the resolved location
 * @param placeId the gazetteer id of the place the location stands for, if any
 * @param mentions the place words the location comes from, primary first (a neighbourhood, then its
 *     town); each carries its span and rule
 * @param rule how the place was chosen, e.g. {@code "locate:sentence"}
 */
public record Placement(
    Location location, Optional<String> placeId, List<PlaceMention> mentions, String rule) {
  public Placement {
    mentions = List.copyOf(mentions);
  }

  /**
   * Whether the place comes only from the dateline, the last resort, not from the report's words.
   */
  public boolean fromDateline() {
    return rule.startsWith("locate:dateline");
  }

  /**
   * Whether this place is a better location for an event than {@code other}: named, then more
   * precise.
   */
  public boolean betterThan(Placement other) {
    if (fromDateline() != other.fromDateline()) {
      return !fromDateline();
    }
    return location.geoPrecision() < other.location().geoPrecision();
  }
}
