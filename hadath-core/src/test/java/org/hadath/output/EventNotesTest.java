package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Location;
import org.junit.jupiter.api.Test;

class EventNotesTest {

  private static Event event(
      String sub,
      Optional<Actor> a1,
      Optional<Actor> a2,
      boolean civ,
      Optional<Location> loc,
      Optional<LocalDate> date,
      int precision,
      int fatalities,
      Optional<Integer> high,
      Optional<Integer> wounded) {
    return new Event(
        "Explosions/Remote violence",
        sub,
        "Political violence",
        a1,
        List.of(),
        a2,
        List.of(),
        civ,
        loc,
        date,
        precision,
        Optional.empty(),
        fatalities,
        high,
        wounded,
        List.of(),
        Map.of());
  }

  private static Optional<Location> raqqa() {
    return Optional.of(
        new Location(
            "Raqqa", "Syria", "SYR", "Ar-Raqqa", "", "", Optional.empty(), Optional.empty(), 1));
  }

  private static final Optional<LocalDate> JUNE_14 = Optional.of(LocalDate.of(2017, 6, 14));

  @Test
  void fullyCodedAirStrikeReadsAsOneSentence() {
    assertThat(EventNotes.of(Samples.airStrike()))
        .isEqualTo(
            "On 14 June 2017, International Coalition carried out an air/drone strike targeting"
                + " civilians in Raqqa - al-Mishlab (Ar-Raqqa), killing 10 civilians and wounding"
                + " at least 21.");
  }

  @Test
  void unknownActor1GivesANounPhraseReported() {
    Event e =
        event(
            "Shelling/artillery/missile attack",
            Optional.empty(),
            Optional.empty(),
            false,
            raqqa(),
            JUNE_14,
            1,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(e))
        .isEqualTo(
            "On 14 June 2017, a shelling/artillery/missile attack was reported in Raqqa"
                + " (Ar-Raqqa).");
  }

  @Test
  void weekPrecisionSaysWeekOfAndMonthPrecisionMonthOf() {
    Event week =
        event(
            "Air/drone strike",
            Optional.of(Samples.COALITION),
            Optional.empty(),
            false,
            Optional.empty(),
            JUNE_14,
            2,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(week)).startsWith("On 14 June 2017 (week of), ");
    Event month =
        event(
            "Air/drone strike",
            Optional.of(Samples.COALITION),
            Optional.empty(),
            false,
            Optional.empty(),
            JUNE_14,
            3,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(month)).startsWith("On 14 June 2017 (month of), ");
  }

  @Test
  void unresolvedDateSaysUnknownDate() {
    assertThat(EventNotes.of(Samples.bare()))
        .isEqualTo("On an unknown date, an armed clash was reported.");
  }

  @Test
  void reportedRangeSaysBetween() {
    assertThat(EventNotes.of(Samples.clashWithAssociates()))
        .isEqualTo(
            "On 15 June 2017 (week of), SDF: Syrian Democratic Forces clashed with Islamic State"
                + " (Syria) in Ar-Raqqa, killing between 12 and 30 people.");
  }

  @Test
  void openEndedFigureSaysAtLeast() {
    Event e =
        event(
            "Attack",
            Optional.of(Samples.SDF),
            Optional.of(Samples.CIVILIANS),
            true,
            Optional.empty(),
            JUNE_14,
            1,
            1,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(e))
        .isEqualTo(
            "On 14 June 2017, SDF: Syrian Democratic Forces attacked civilians, killing at least"
                + " 1 civilian.");
  }

  @Test
  void woundedWithoutDeathsSaysWoundingOnly() {
    Event e =
        event(
            "Grenade",
            Optional.empty(),
            Optional.empty(),
            false,
            raqqa(),
            JUNE_14,
            1,
            0,
            Optional.empty(),
            Optional.of(3));
    assertThat(EventNotes.of(e))
        .isEqualTo(
            "On 14 June 2017, a grenade attack was reported in Raqqa (Ar-Raqqa), wounding at"
                + " least 3.");
  }

  @Test
  void civiliansAreOnlyCalledVictimsWhenTargeted() {
    Event e =
        event(
            "Air/drone strike",
            Optional.of(Samples.COALITION),
            Optional.of(Samples.CIVILIANS),
            false,
            Optional.empty(),
            JUNE_14,
            1,
            2,
            Optional.of(2),
            Optional.empty());
    assertThat(EventNotes.of(e)).endsWith(", killing 2 people.");
  }

  @Test
  void unknownSubEventTypeIsNamedInAGenericClause() {
    Event e =
        event(
            "Something new",
            Optional.of(Samples.SDF),
            Optional.empty(),
            false,
            Optional.empty(),
            JUNE_14,
            1,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(e))
        .isEqualTo(
            "On 14 June 2017, SDF: Syrian Democratic Forces was involved in an event of type"
                + " 'Something new'.");
  }

  @Test
  void placeNamedLikeItsAdmin1IsNotRepeated() {
    Event e =
        event(
            "Air/drone strike",
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of(
                new Location(
                    "Ar-Raqqa",
                    "Syria",
                    "SYR",
                    "Ar-Raqqa",
                    "",
                    "",
                    Optional.empty(),
                    Optional.empty(),
                    3)),
            JUNE_14,
            1,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(EventNotes.of(e))
        .isEqualTo("On 14 June 2017, an air/drone strike was reported in Ar-Raqqa.");
  }
}
