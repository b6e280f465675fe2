package org.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Language;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
  private static GoldDocument doc(String id, Language lang, List<GoldEvent> events) {
    return new GoldDocument(id, id + ":1", lang, Optional.empty(), "text", false, events);
  }

  @Test
  void precisionRecallAndFieldAccuracyPerLanguageAndOverall() {
    GoldEvent mishlab = Events.goldStrike("Coalition", "al-Mishlab", 35.95, 39.01, 10);
    GoldEvent tabqa = Events.goldStrike("Coalition", "Tabqa", 35.83, 38.55, 3);
    Scoreboard board = new Scoreboard();
    // ar: two gold, one predicted right except fatalities (9 instead of 10), one missed.
    DocumentScore ar =
        DocumentScore.of(
            doc("a", Language.AR, List.of(mishlab, tabqa)),
            List.of(Events.strike("Coalition", "Mishlab", 35.95, 39.01, 9)),
            "processed",
            Optional.empty());
    // en: one gold, two predicted: one perfect, one spurious protest.
    DocumentScore en =
        DocumentScore.of(
            doc("b", Language.EN, List.of(tabqa)),
            List.of(
                Events.strike("Coalition", "Tabqa", 35.83, 38.55, 3),
                Events.predicted(
                    "Protests",
                    "Peaceful protest",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    Optional.empty(),
                    false)),
            "processed",
            Optional.empty());
    board.add(ar);
    board.add(en);
    Scoreboard.Metrics a = board.metrics().get("ar");
    Scoreboard.Metrics e = board.metrics().get("en");
    Scoreboard.Metrics all = board.metrics().get(Scoreboard.ALL);
    assertThat(board.metrics().keySet()).containsExactly("ar", "en", "all");
    assertThat(a.precision()).isEqualTo(1.0);
    assertThat(a.recall()).isEqualTo(0.5);
    assertThat(e.precision()).isEqualTo(0.5);
    assertThat(e.recall()).isEqualTo(1.0);
    assertThat(all.matched()).isEqualTo(2);
    assertThat(all.gold()).isEqualTo(3);
    assertThat(all.predicted()).isEqualTo(3);
    assertThat(all.f1()).isEqualTo(2.0 / 3);
    assertThat(all.fields().get(Field.FATALITIES)).isEqualTo(new Scoreboard.Tally(1, 2));
    assertThat(all.fields().get(Field.LOCATION)).isEqualTo(new Scoreboard.Tally(2, 2));
    assertThat(all.eventTypes().get("Explosions/Remote violence"))
        .isEqualTo(new Scoreboard.TypeCounts(3, 2, 2, 2));
    assertThat(all.eventTypes().get("Protests")).isEqualTo(new Scoreboard.TypeCounts(0, 0, 1, 0));
    assertThat(all.eventTypes().get("Protests").precision()).isZero();
    assertThat(ar.missed()).containsExactly(tabqa);
    assertThat(en.spurious()).hasSize(1);
    assertThat(DiffWriter.diff(ar))
        .contains("MISSED Explosions/Remote violence / Air/drone strike; actor1 Coalition")
        .contains("fatalities          gold: 10 | predicted: 9");
    assertThat(DiffWriter.diff(en)).contains("EXTRA  Protests / Peaceful protest");
    assertThat(board.table()).contains("precision").contains("  fatalities");
  }

  @Test
  void resolvableDatesCountUnmatchedGoldEventsAsMisses() {
    GoldEvent mishlab = Events.goldStrike("Coalition", "al-Mishlab", 35.95, 39.01, 10);
    GoldEvent tabqa = Events.goldStrike("Coalition", "Tabqa", 35.83, 38.55, 3);
    Scoreboard board = new Scoreboard();
    board.add(
        DocumentScore.of(
            doc("a", Language.AR, List.of(mishlab, tabqa)),
            List.of(Events.strike("Coalition", "Mishlab", 35.95, 39.01, 10)),
            "processed",
            Optional.empty()));
    Scoreboard.Metrics a = board.metrics().get("ar");
    assertThat(a.fields().get(Field.DATE)).isEqualTo(new Scoreboard.Tally(1, 1));
    assertThat(a.resolvableDates()).isEqualTo(new Scoreboard.Tally(1, 2));
    assertThat(board.table())
        .contains("date exact over gold events whose date can be resolved")
        .contains("50.0% (1/2)");
    assertThat(a.toMap()).containsKey("event_date_resolvable");
  }

  @Test
  void emptyBoardHasZeroesNotNaN() {
    Scoreboard.Metrics all = new Scoreboard().metrics().get(Scoreboard.ALL);
    assertThat(all.precision()).isZero();
    assertThat(all.recall()).isZero();
    assertThat(all.f1()).isZero();
  }

  @Test
  void perfectDocumentHasNoDiff() {
    GoldEvent tabqa = Events.goldStrike("Coalition", "Tabqa", 35.83, 38.55, 3);
    DocumentScore s =
        DocumentScore.of(
            doc("c", Language.AR, List.of(tabqa)),
            List.of(Events.strike("Coalition", "Tabqa", 35.83, 38.55, 3)),
            "processed",
            Optional.empty());
    assertThat(s.hasErrors()).isFalse();
    assertThat(DiffWriter.diff(s)).isEmpty();
  }
}
