package org.hadath.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gold event. An empty {@link Optional} means the gold does not code the field, so it is not
 * scored; for {@code wounded}, {@link #woundedCoded} says whether the gold codes it (an empty
 * {@code wounded} that is coded means "no wounded reported").
 *
 * @param actor1 acceptable names of the first actor; empty = unidentified
 * @param actor2 acceptable names of the second actor; empty = none or unidentified
 * @param location acceptable names of the most precise place (may be empty)
 */
public record GoldEvent(
    String eventType,
    String subEventType,
    List<String> actor1,
    List<String> actor2,
    Optional<String> admin1,
    List<String> location,
    Optional<Double> latitude,
    Optional<Double> longitude,
    Optional<LocalDate> date,
    Optional<Integer> fatalities,
    boolean woundedCoded,
    Optional<Integer> wounded,
    Optional<Boolean> civilianTargeting) {
  public GoldEvent {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    actor1 = List.copyOf(actor1);
    actor2 = List.copyOf(actor2);
    Objects.requireNonNull(admin1, "admin1");
    location = List.copyOf(location);
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(fatalities, "fatalities");
    Objects.requireNonNull(wounded, "wounded");
    Objects.requireNonNull(civilianTargeting, "civilianTargeting");
  }

  /** Whether the gold gives coordinates for the place. */
  public boolean hasCoordinates() {
    return latitude.isPresent() && longitude.isPresent();
  }
}
