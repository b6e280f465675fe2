package org.hadath.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Names of an event that no dictionary or gazetteer knows (a new militia, an unlisted village),
 * proposed by the named-entity tagger for the slots the dictionaries left empty. They never replace
 * a resolved actor or location: an event with an unresolved actor1 still has an empty {@code
 * actor1}. Each name's span and rule are in the event's evidence under the same field name ({@code
 * actor1_unresolved}, {@code actor2_unresolved}, {@code location_unresolved}). hadath's extension.
 *
 * @param actor1 the surface words of an unknown organisation in the acting slot
 * @param actor2 the surface words of an unknown organisation in the acted-on slot
 * @param location the surface words of an unknown place where the event happened
 */
public record Unresolved(
    Optional<String> actor1, Optional<String> actor2, Optional<String> location) {
  /** No unresolved names. */
  public static final Unresolved NONE =
      new Unresolved(Optional.empty(), Optional.empty(), Optional.empty());

  public Unresolved {
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(location, "location");
  }

  /** Whether there is no unresolved name at all. */
  public boolean isEmpty() {
    return actor1.isEmpty() && actor2.isEmpty() && location.isEmpty();
  }
}
