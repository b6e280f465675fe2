package org.hadath.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.text.Token;

/**
 * What extraction needs from an actor dictionary. The shipped dictionary and the small fictional
 * test dictionaries both provide it, so rule tests never depend on shipped data.
 */
public interface ActorLexicon {
  /**
   * The actors named in tokens {@code [from, to)}, non-overlapping, in text order; where an alias
   * names several actors, the one active on {@code day} (the publication date, if known).
   */
  List<ActorHit> find(List<Token> tokens, int from, int to, Optional<LocalDate> day);

  /** The generic civilians actor of a country ("Civilians (Syria)"), if the dictionary has it. */
  Optional<Actor> civilians(String country);

  /**
   * Whether {@code a} and {@code b} are one side by definition: the same actor, or one is a part of
   * the other (YPG of the SDF).
   */
  boolean sameSide(Actor a, Actor b);

  /**
   * The actor as it stands in {@code country}: a generic template found by its words («مدنيين»,
   * «مسلحون مجهولون») becomes that country's ("Civilians (Syria)"); state forces acting abroad take
   * the external inter code. Other actors come back unchanged.
   */
  Actor localize(Actor actor, String country);

  /** The generic protesters of a country ("Protesters (Sudan)"), if the dictionary has them. */
  Optional<Actor> protesters(String country);

  /** The generic rioters of a country ("Rioters (Iraq)"), if the dictionary has them. */
  Optional<Actor> rioters(String country);

  /** The state military forces of {@code country} under the name that applies on {@code day}. */
  Optional<Actor> military(String country, Optional<LocalDate> day);

  /**
   * The police forces of {@code country} under the name that applies on {@code day} (the current
   * name when the day is unknown), if the dictionary has them. None by default.
   */
  default Optional<Actor> police(String country, Optional<LocalDate> day) {
    return Optional.empty();
  }

  /**
   * The actor as {@link #localize(Actor, String)}, on {@code day} (the event's date, if known): an
   * actor coded as an operation where it acts (Saudi forces in Yemen: Operation Restoring Hope) is
   * coded so only while the operation runs.
   */
  default Actor localize(Actor actor, String country, Optional<LocalDate> day) {
    return localize(actor, country);
  }

  /**
   * Whether {@code a} is a state's regular army or police, or a unit of them, as opposed to an
   * armed movement that ACLED codes as state forces where it governs (the Houthis): regular forces
   * do not plant roadside bombs or send suicide bombers. By default every state force (inter 1).
   */
  default boolean regularForces(Actor a) {
    return a.inter() == 1;
  }

  /** The dictionary's version, for provenance. */
  String version();
}
