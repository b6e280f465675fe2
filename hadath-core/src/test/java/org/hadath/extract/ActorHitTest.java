package org.hadath.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hadath.model.Actor;
import org.hadath.model.Span;
import org.junit.jupiter.api.Test;

/** The rules of {@link ActorHit#in}: which of the actors one alias names fits the event. */
class ActorHitTest {
  private static final Actor ORCS_GONDOR = new Actor("ORC-GON", "Orcs (Gondor)", "أ", 2, "Gondor");
  private static final Actor ORCS_ROHAN = new Actor("ORC-ROH", "Orcs (Rohan)", "أ", 2, "Rohan");
  private static final Actor ORCS = new Actor("ORC", "Orcs", "أ", 2, "");

  private static ActorHit hit(Actor actor, Actor... alternatives) {
    return new ActorHit(
        0, 1, new Span(0, 4), actor, "actor:" + actor.id(), false, List.of(alternatives));
  }

  @Test
  void theActorOfTheEventsCountryWins() {
    assertThat(hit(ORCS_GONDOR, ORCS_ROHAN, ORCS).in("Rohan")).isEqualTo(ORCS_ROHAN);
  }

  @Test
  void withNoActorOfTheEventsCountryOneOfNoCountryWinsOverAnotherCountrys() {
    assertThat(hit(ORCS_GONDOR, ORCS_ROHAN, ORCS).in("Harad")).isEqualTo(ORCS);
  }

  @Test
  void withNeitherTheFirstActorStays() {
    assertThat(hit(ORCS_GONDOR, ORCS_ROHAN).in("Harad")).isEqualTo(ORCS_GONDOR);
  }
}
