package org.hadath.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Span;

/**
 * Who is who in a demonstration event, as ACLED codes demonstrations (codebook, inter codes 5 and 6
 * and the Protests and Riots sub-event types): the crowd is always the generic "Protesters
 * (Country)" or "Rioters (Country)", never a named organisation; an organisation the crowd marches
 * for or with (a party, a union, a movement) is its associated actor; the state force that meets
 * the crowd is the other actor.
 *
 * <p>Rules, by sub-event type, over the actors the sentence roles found:
 *
 * <ul>
 *   <li><b>crowd</b>: the generic protesters of the event's country (rioters for Riots), named at
 *       the words that named the crowd, else at the trigger. Without a country the crowd found in
 *       the text is kept as it is.
 *   <li><b>force</b>: the first state force (inter 1) or foreign force (inter 8) among the actors;
 *       where ACLED needs one and none is named (intervention, excessive force), the police of the
 *       event's country on the event's date.
 *   <li><b>organisers</b>: named non-state actors (inter 2, 3, 4) and named crowds on the acting
 *       side (actor1 and its associates, except an agent of a passive «by» phrase, which names who
 *       did something else: "kidnapped by the PKK").
 *   <li><b>Peaceful protest</b>: actor1 the crowd with the organisers as associated actors; no
 *       actor2.
 *   <li><b>Protest with intervention</b>: actor1 the crowd with the organisers; actor2 the force.
 *   <li><b>Excessive force against protesters</b>: actor1 the force; actor2 the crowd with the
 *       organisers.
 *   <li><b>Riots</b> (violent demonstration, mob violence): actor1 the crowd with the organisers;
 *       actor2 the force if one is named, else whoever the roles made the target (civilians,
 *       another group), else none.
 * </ul>
 */
public final class DemonstrationRoles {
  private DemonstrationRoles() {}

  /**
   * The roles of a demonstration event of {@code type} in {@code country} on {@code day} (empty
   * when unknown), from the roles the sentence gave; {@code trigger} is the evidence for an actor
   * the text does not name. Events of other types come back unchanged.
   */
  public static Roles cast(
      SubEventType type,
      Roles in,
      String country,
      Optional<LocalDate> day,
      Span trigger,
      ActorLexicon lexicon) {
    boolean riot = type.eventType().equals("Riots");
    if (!riot && !type.eventType().equals("Protests")) {
      return in;
    }
    List<ActorHit> all = new ArrayList<>();
    in.actor1().ifPresent(all::add);
    all.addAll(in.assoc1());
    in.actor2().ifPresent(all::add);
    all.addAll(in.assoc2());

    ActorHit named = null; // the words that named the crowd
    ActorHit force = null;
    for (ActorHit h : all) {
      int inter = h.actor().inter();
      if (named == null && isCrowd(h.actor()) && !isNamedGroup(h.actor())) {
        named = h;
      }
      if (force == null && (inter == 1 || inter == 8)) {
        force = h;
      }
    }
    List<ActorHit> organisers = new ArrayList<>();
    List<ActorHit> acting = new ArrayList<>();
    if (in.actor1().isPresent() && !in.rule1().startsWith("role:passive-agent")) {
      acting.add(in.actor1().get());
    }
    acting.addAll(in.assoc1());
    for (ActorHit h : acting) {
      int inter = h.actor().inter();
      if ((inter >= 2 && inter <= 4) || isNamedGroup(h.actor())) {
        organisers.add(h);
      }
    }

    Optional<Actor> generic = riot ? lexicon.rioters(country) : lexicon.protesters(country);
    ActorHit crowd;
    String crowdRule;
    if (generic.isPresent()) {
      Span at = named != null ? named.span() : trigger;
      int first = named != null ? named.firstToken() : 0;
      int end = named != null ? named.endToken() : 0;
      crowd =
          new ActorHit(
              first, end, at, generic.get(), "actor:" + generic.get().id(), false, List.of());
      crowdRule = riot ? "role:generic-rioters" : "role:generic-protesters";
    } else if (named != null) {
      crowd = named;
      crowdRule = riot ? "role:rioters" : "role:protesters";
    } else {
      return in; // no country to name the crowd and none named: leave the roles as they are
    }

    String sub = type.name();
    boolean needsForce =
        sub.equals("Protest with intervention") || sub.equals("Excessive force against protesters");
    String forceRule = "role:force-on-demonstrators";
    if (force == null && needsForce && !country.isEmpty()) {
      Optional<Actor> police = lexicon.police(country, day);
      if (police.isPresent()) {
        force =
            new ActorHit(
                0, 0, trigger, police.get(), "actor:" + police.get().id(), false, List.of());
        forceRule = "role:generic-police-on-demonstrators";
      }
    }

    if (sub.equals("Excessive force against protesters")) {
      return new Roles(
          Optional.ofNullable(force),
          List.of(),
          Optional.of(crowd),
          organisers,
          force == null ? "" : forceRule,
          "role:demonstrators-acted-on");
    }
    if (sub.equals("Protest with intervention")) {
      return new Roles(
          Optional.of(crowd),
          organisers,
          Optional.ofNullable(force),
          List.of(),
          crowdRule,
          force == null ? "" : forceRule);
    }
    if (riot) {
      ActorHit target = force;
      String targetRule = forceRule;
      if (target == null
          && in.actor2().isPresent()
          && !isCrowd(in.actor2().get().actor())
          && !contains(organisers, in.actor2().get())) {
        target = in.actor2().get();
        targetRule = in.rule2();
      }
      return new Roles(
          Optional.of(crowd),
          organisers,
          Optional.ofNullable(target),
          List.of(),
          crowdRule,
          target == null ? "" : targetRule);
    }
    // peaceful protest
    return new Roles(Optional.of(crowd), organisers, Optional.empty(), List.of(), crowdRule, "");
  }

  /** Protesters or rioters (inter 6 or 5). */
  private static boolean isCrowd(Actor a) {
    return a.inter() == 5 || a.inter() == 6;
  }

  /**
   * A crowd with a name of its own ("Health Workers (Israel)"), as opposed to the generic
   * protesters or rioters of a country: its name does not start with "Protesters" or "Rioters".
   */
  private static boolean isNamedGroup(Actor a) {
    return isCrowd(a) && !a.name().startsWith("Protesters") && !a.name().startsWith("Rioters");
  }

  private static boolean contains(List<ActorHit> list, ActorHit h) {
    for (ActorHit x : list) {
      if (x.actor().id().equals(h.actor().id())) {
        return true;
      }
    }
    return false;
  }
}
