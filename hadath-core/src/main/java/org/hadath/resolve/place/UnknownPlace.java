package org.hadath.resolve.place;

import java.util.Objects;
import java.util.Optional;
import org.hadath.model.PlaceMention;
import org.hadath.model.Span;

/**
 * A name the text introduces as a place («قرية إمام غربي», «بلدة ابطع») that the gazetteer does not
 * know, or knows only elsewhere. The locator names it and takes coordinates and admin units from a
 * known place next to it.
 *
 * @param span the name's words
 * @param name the words as written
 * @param cue the cue that introduces it
 * @param rule how it was found
 */
public record UnknownPlace(Span span, String name, Cue cue, String rule) {
  public UnknownPlace {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(rule, "rule");
  }

  /** The mention for evidence: no place id. */
  public PlaceMention mention() {
    return new PlaceMention(span, Optional.empty(), Optional.of(cue.word()), rule);
  }
}
