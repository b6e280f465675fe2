package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Actor;

/**
 * Who did what to whom around one trigger.
 *
 * <p>Rules (ACLED codebook):
 *
 * <ul>
 *   <li><b>civilians-by-event-type</b>: the victims of violence against civilians are civilians by
 *       definition, and so are the people a named actor arrests and the owners of property it loots
 *       or destroys, unless an armed actor is named as acted on ({@link #victimsAreCivilians}).
 *   <li><b>guessed-armed-victim</b>: in an abduction or sexual violence, an armed actor made actor2
 *       only by the default guess gives way to civilians ({@link #guessedArmedVictimOverruled}).
 *   <li><b>civilian-targeting</b>: civilian targeting is coded for political violence and
 *       demonstrations only, never for strategic developments ({@link #targetsCivilians}).
 * </ul>
 *
 * @param actor1 who acts
 * @param assoc1 who acts with actor1 or backs it in the fight
 * @param actor2 who is acted on
 * @param assoc2 who is with actor2
 * @param rule1 the rule that made actor1 the actor, e.g. {@code "role:agent-after-aircraft"}
 * @param rule2 the rule that made actor2 the target
 */
public record Roles(
    Optional<ActorHit> actor1,
    List<ActorHit> assoc1,
    Optional<ActorHit> actor2,
    List<ActorHit> assoc2,
    String rule1,
    String rule2) {
  public static final Roles NONE =
      new Roles(Optional.empty(), List.of(), Optional.empty(), List.of(), "", "");

  /**
   * Whether the one acted on in an event of this type is civilians unless an armed actor is named:
   * always in violence against civilians; in arrests, looting and property destruction when the
   * report names who did it ({@code agentNamed}).
   */
  public static boolean victimsAreCivilians(SubEventType type, boolean agentNamed) {
    if (type.eventType().equals("Violence against civilians")) {
      return true;
    }
    return agentNamed
        && (type.name().equals("Arrests") || type.name().equals("Looting/property destruction"));
  }

  /**
   * Whether an armed actor2 that only the default guess made the one acted on ({@code
   * role:other-side}) gives way to civilians: in violence against civilians other than "Attack"
   * (abduction, sexual violence), whose victims are civilians by definition. An "Attack" on a named
   * armed side is an armed clash instead, so it keeps its actor2.
   */
  public static boolean guessedArmedVictimOverruled(SubEventType type, Actor actor2, String rule2) {
    return type.eventType().equals("Violence against civilians")
        && !type.name().equals("Attack")
        && rule2.startsWith("role:other-side")
        && actor2.inter() != 7;
  }

  /** Whether civilian targeting applies to events of this type: not to strategic developments. */
  public static boolean targetsCivilians(SubEventType type) {
    return !type.eventType().equals("Strategic developments");
  }
}
