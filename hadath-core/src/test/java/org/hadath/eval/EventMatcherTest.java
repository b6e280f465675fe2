package org.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Event;
import org.junit.jupiter.api.Test;

class EventMatcherTest {
  private final GoldEvent mishlab = Events.goldStrike("Coalition", "al-Mishlab", 35.95, 39.01, 10);
  private final GoldEvent tabqa = Events.goldStrike("Coalition", "Tabqa", 35.83, 38.55, 3);

  @Test
  void eachGoldEventTakesItsMostSimilarPrediction() {
    Event atTabqa = Events.strike("Coalition", "Tabqa", 35.83, 38.55, 3);
    Event atMishlab = Events.strike("Coalition", "Mishlab", 35.95, 39.01, 10);
    List<EventMatcher.Pair> pairs =
        EventMatcher.match(List.of(mishlab, tabqa), List.of(atTabqa, atMishlab));
    assertThat(pairs)
        .extracting(EventMatcher.Pair::gold, EventMatcher.Pair::predicted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 0));
  }

  @Test
  void greedyTakesTheBestPairFirstAndLeavesTheRestUnmatched() {
    Event atMishlab = Events.strike("Coalition", "Mishlab", 35.95, 39.01, 10);
    List<EventMatcher.Pair> pairs = EventMatcher.match(List.of(tabqa, mishlab), List.of(atMishlab));
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).gold()).isEqualTo(1);
    assertThat(pairs.get(0).similarity()).isEqualTo(8.0);
  }

  @Test
  void similarityBelowTheThresholdIsNoMatch() {
    Event protest =
        Events.predicted(
            "Protests",
            "Peaceful protest",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            false);
    assertThat(EventMatcher.similarity(mishlab, protest)).isLessThan(EventMatcher.THRESHOLD);
    assertThat(EventMatcher.match(List.of(mishlab), List.of(protest))).isEmpty();
  }

  @Test
  void sameEventTypeAloneIsEnoughToMatch() {
    Event elsewhere =
        Events.predicted(
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            false);
    assertThat(EventMatcher.similarity(mishlab, elsewhere)).isEqualTo(2.0);
    assertThat(EventMatcher.match(List.of(mishlab), List.of(elsewhere))).hasSize(1);
  }
}
