package org.hadath.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Span;
import org.hadath.text.Token;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link DemonstrationRoles}, on fictional actors. */
class DemonstrationRolesTest {
  private static final Actor PROTESTERS =
      new Actor("PRO-GON", "Protesters (Gondor)", "م", 6, "Gondor");
  private static final Actor RIOTERS = new Actor("RIO-GON", "Rioters (Gondor)", "م", 5, "Gondor");
  private static final Actor POLICE =
      new Actor("GON-POL", "Police Forces of Gondor (3019-)", "ش", 1, "Gondor");
  private static final Actor ARMY =
      new Actor("GON-MIL", "Military Forces of Gondor", "ج", 1, "Gondor");
  private static final Actor PARTY = new Actor("GON-PARTY", "Party of the King", "ح", 3, "Gondor");
  private static final Actor CIVILIANS =
      new Actor("CIV-GON", "Civilians (Gondor)", "م", 7, "Gondor");
  private static final Actor GENERIC_CROWD =
      new Actor("GEN-PRO", "Protesters ({country})", "م", 6, "");

  private static final Span TRIGGER = new Span(100, 105);

  private static final SubEventType PEACEFUL = type("Peaceful protest", "Protests");
  private static final SubEventType INTERVENTION = type("Protest with intervention", "Protests");
  private static final SubEventType EXCESSIVE =
      type("Excessive force against protesters", "Protests");
  private static final SubEventType RIOT = type("Violent demonstration", "Riots");
  private static final SubEventType CLASH = type("Armed clash", "Battles");

  private static SubEventType type(String name, String eventType) {
    return new SubEventType(name, eventType, "Demonstrations", "14", "PROTEST", 3);
  }

  private static ActorHit hit(Actor a, int at) {
    return new ActorHit(
        at, at + 1, new Span(at * 10, at * 10 + 5), a, "actor:" + a.id(), false, List.of());
  }

  private static final ActorLexicon LEXICON =
      new ActorLexicon() {
        @Override
        public List<ActorHit> find(List<Token> tokens, int from, int to, Optional<LocalDate> day) {
          return List.of();
        }

        @Override
        public Optional<Actor> civilians(String country) {
          return Optional.of(CIVILIANS);
        }

        @Override
        public boolean sameSide(Actor a, Actor b) {
          return a.id().equals(b.id());
        }

        @Override
        public Actor localize(Actor actor, String country) {
          return actor;
        }

        @Override
        public Optional<Actor> protesters(String country) {
          return country.equals("Gondor") ? Optional.of(PROTESTERS) : Optional.empty();
        }

        @Override
        public Optional<Actor> rioters(String country) {
          return country.equals("Gondor") ? Optional.of(RIOTERS) : Optional.empty();
        }

        @Override
        public Optional<Actor> military(String country, Optional<LocalDate> day) {
          return Optional.empty();
        }

        @Override
        public Optional<Actor> police(String country, Optional<LocalDate> day) {
          return country.equals("Gondor") ? Optional.of(POLICE) : Optional.empty();
        }

        @Override
        public String version() {
          return "test";
        }
      };

  private static Roles roles(ActorHit a1, List<ActorHit> as1, ActorHit a2, String rule1) {
    return new Roles(
        Optional.ofNullable(a1), as1, Optional.ofNullable(a2), List.of(), rule1, "role:target");
  }

  private static Roles cast(SubEventType type, Roles in, String country) {
    return DemonstrationRoles.cast(type, in, country, Optional.empty(), TRIGGER, LEXICON);
  }

  private static String name(Optional<ActorHit> h) {
    return h.map(x -> x.actor().name()).orElse("");
  }

  private static List<String> names(List<ActorHit> hs) {
    return hs.stream().map(h -> h.actor().name()).toList();
  }

  @Test
  void otherEventTypesAreLeftAlone() {
    Roles in = roles(hit(PARTY, 1), List.of(), hit(ARMY, 3), "role:first-side");
    assertThat(cast(CLASH, in, "Gondor")).isSameAs(in);
  }

  @Test
  void crowdIsTheGenericProtestersNamedAtTheWordsThatNamedThem() {
    Roles out =
        cast(PEACEFUL, roles(hit(GENERIC_CROWD, 2), List.of(), null, "role:first-side"), "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Protesters (Gondor)");
    assertThat(out.actor1().get().span()).isEqualTo(new Span(20, 25));
    assertThat(out.rule1()).isEqualTo("role:generic-protesters");
  }

  @Test
  void crowdWithNoWordsIsPlacedAtTheTrigger() {
    Roles out = cast(PEACEFUL, Roles.NONE, "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Protesters (Gondor)");
    assertThat(out.actor1().get().span()).isEqualTo(TRIGGER);
  }

  @Test
  void withoutACountryTheNamedCrowdIsKept() {
    Roles out =
        cast(PEACEFUL, roles(hit(GENERIC_CROWD, 2), List.of(), null, "role:first-side"), "");
    assertThat(name(out.actor1())).isEqualTo("Protesters ({country})");
    assertThat(out.rule1()).isEqualTo("role:protesters");
  }

  @Test
  void withoutACountryOrACrowdTheRolesAreUnchanged() {
    Roles in = roles(hit(PARTY, 1), List.of(), null, "role:first-side");
    assertThat(cast(PEACEFUL, in, "")).isSameAs(in);
  }

  @Test
  void peacefulProtestOrganiserIsAssociatedAndNoActor2() {
    Roles out =
        cast(PEACEFUL, roles(hit(PARTY, 1), List.of(), hit(ARMY, 4), "role:first-side"), "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Protesters (Gondor)");
    assertThat(names(out.assoc1())).containsExactly("Party of the King");
    assertThat(out.actor2()).isEmpty();
  }

  @Test
  void agentOfAPassiveByPhraseIsNoOrganiser() {
    Roles out =
        cast(PEACEFUL, roles(hit(PARTY, 1), List.of(), null, "role:passive-agent"), "Gondor");
    assertThat(out.assoc1()).isEmpty();
  }

  @Test
  void interventionForceIsActor2() {
    Roles out =
        cast(
            INTERVENTION,
            roles(hit(ARMY, 1), List.of(), hit(GENERIC_CROWD, 3), "role:first-side"),
            "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Protesters (Gondor)");
    assertThat(name(out.actor2())).isEqualTo("Military Forces of Gondor");
    assertThat(out.rule2()).isEqualTo("role:force-on-demonstrators");
  }

  @Test
  void interventionWithNoNamedForceIsThePoliceOfTheCountry() {
    Roles out = cast(INTERVENTION, Roles.NONE, "Gondor");
    assertThat(name(out.actor2())).isEqualTo("Police Forces of Gondor (3019-)");
    assertThat(out.rule2()).isEqualTo("role:generic-police-on-demonstrators");
  }

  @Test
  void excessiveForceHasTheForceAsActor1AndTheCrowdAsActor2() {
    Roles out =
        cast(
            EXCESSIVE,
            roles(hit(GENERIC_CROWD, 1), List.of(hit(PARTY, 2)), hit(ARMY, 4), "role:first-side"),
            "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Military Forces of Gondor");
    assertThat(name(out.actor2())).isEqualTo("Protesters (Gondor)");
    assertThat(names(out.assoc2())).containsExactly("Party of the King");
  }

  @Test
  void riotCrowdIsTheRiotersAndTheTargetStaysActor2() {
    Roles out =
        cast(
            RIOT,
            roles(hit(GENERIC_CROWD, 1), List.of(), hit(CIVILIANS, 4), "role:first-side"),
            "Gondor");
    assertThat(name(out.actor1())).isEqualTo("Rioters (Gondor)");
    assertThat(name(out.actor2())).isEqualTo("Civilians (Gondor)");
  }

  @Test
  void riotAgainstAForceHasTheForceAsActor2() {
    Roles out =
        cast(
            RIOT,
            roles(hit(GENERIC_CROWD, 1), List.of(), hit(POLICE, 4), "role:first-side"),
            "Gondor");
    assertThat(name(out.actor2())).isEqualTo("Police Forces of Gondor (3019-)");
  }
}
