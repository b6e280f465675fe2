package org.hadath.extract;

import java.util.List;
import java.util.Optional;

/**
 * Who did what to whom around one trigger.
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
}
