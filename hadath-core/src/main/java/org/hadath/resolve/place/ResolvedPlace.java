package org.hadath.resolve.place;

import java.util.Objects;
import java.util.Optional;
import org.hadath.model.PlaceMention;

/**
 * A place hit with the gazetteer place chosen for it.
 *
 * @param hit the name as found
 * @param place the chosen place
 * @param score the chosen place's score (higher is surer)
 * @param margin its lead over the next candidate, {@link Double#POSITIVE_INFINITY} when alone
 * @param rule why this place: {@code "resolve:only"}, {@code "resolve:score"} …
 */
public record ResolvedPlace(PlaceHit hit, Place place, double score, double margin, String rule) {
  public ResolvedPlace {
    Objects.requireNonNull(hit, "hit");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(rule, "rule");
  }

  /** The mention for evidence: the name's span, the place id, the cue word and both rules. */
  public PlaceMention mention() {
    Optional<String> cue = hit.approximateCue().or(hit::cue).map(Cue::word);
    return new PlaceMention(hit.span(), Optional.of(place.id()), cue, hit.rule() + ";" + rule);
  }
}
