package org.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.junit.jupiter.api.Test;

class FieldRulesTest {
  @Test
  void keyDropsParenthesesArticlesApostrophesAndCase() {
    assertThat(FieldRules.key("Civilians (Syria)")).isEqualTo("civilians");
    assertThat(FieldRules.key("Dar'a")).isEqualTo(FieldRules.key("Dara"));
    assertThat(FieldRules.key("al-Mishlab")).isEqualTo("mishlab");
    assertThat(FieldRules.key("Ar Raqqah")).isEqualTo("raqqah");
  }

  @Test
  void keyNormalisesArabicAndDropsTheArabicArticle() {
    assertThat(FieldRules.key("الرقة")).isEqualTo(FieldRules.key("رقه"));
    assertThat(FieldRules.key("التحالف الدولي")).isEqualTo("تحالف دولي");
  }

  @Test
  void keyOfRandomStringsNeverThrows() {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      char[] c = new char[r.nextInt(20)];
      for (int j = 0; j < c.length; j++) {
        c[j] = (char) r.nextInt(0x700);
      }
      String k = FieldRules.key(new String(c));
      assertThat(k).doesNotStartWith(" ").doesNotEndWith(" ");
    }
  }

  @Test
  void actorMatchesAnAcceptableNameContainedAsWholeWords() {
    assertThat(
            FieldRules.actor(
                List.of("International coalition", "التحالف الدولي"),
                Optional.of(Events.actor("Global Coalition Against Daesh", "التحالف الدولي"))))
        .isTrue();
    assertThat(
            FieldRules.actor(
                List.of("Military Forces of Yemen (2016-) Supreme Political Council"),
                Optional.of(Events.actor("Military Forces of Yemen (2016-)", ""))))
        .isTrue();
    assertThat(
            FieldRules.actor(
                List.of("SDF"), Optional.of(Events.actor("Military Forces of Syria", ""))))
        .isFalse();
  }

  @Test
  void actorPartsOfWordsDoNotMatch() {
    assertThat(FieldRules.actor(List.of("IS"), Optional.of(Events.actor("Israel", "")))).isFalse();
  }

  @Test
  void emptyGoldActorMatchesOnlyNoActorOrAnUnidentifiedOne() {
    assertThat(FieldRules.actor(List.of(), Optional.empty())).isTrue();
    assertThat(
            FieldRules.actor(
                List.of(), Optional.of(Events.actor("Unidentified Armed Group (Syria)", ""))))
        .isTrue();
    assertThat(FieldRules.actor(List.of(), Optional.of(Events.actor("Civilians", "")))).isFalse();
    assertThat(
            FieldRules.actor(
                List.of("Unidentified Armed Group (Yemen)"),
                Optional.of(Events.actor("Unidentified Armed Group (Syria)", ""))))
        .isTrue();
    assertThat(FieldRules.actor(List.of("Houthis"), Optional.empty())).isFalse();
  }

  @Test
  void locationMatchesByNameOrWithinTwentyFiveKilometres() {
    GoldEvent g = Events.goldStrike("Coalition", "al-Mishlab", 35.95, 39.01, 10);
    Event byName = Events.strike("Coalition", "Mishlab", 0, 0, 10);
    Event near = Events.strike("Coalition", "Raqqa", 35.95 + 0.2, 39.01, 10); // 22 km north
    Event far = Events.strike("Coalition", "Raqqa", 35.95 + 0.25, 39.01, 10); // 28 km north
    assertThat(FieldRules.check(Field.LOCATION, g, byName)).contains(true);
    assertThat(FieldRules.check(Field.LOCATION, g, near)).contains(true);
    assertThat(FieldRules.check(Field.LOCATION, g, far)).contains(false);
  }

  @Test
  void kilometresBetweenDamascusAndAleppo() {
    assertThat(FieldRules.km(33.5138, 36.2765, 36.2021, 37.1343)).isBetween(305.0, 315.0);
  }

  @Test
  void uncodedGoldFieldsAreNotScored() {
    GoldEvent g =
        new GoldEvent(
            "Battles",
            "Armed clash",
            List.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty());
    Event e = Events.strike("X", "Y", 1, 1, 3);
    for (Field f :
        List.of(
            Field.DATE,
            Field.ADMIN1,
            Field.LOCATION,
            Field.FATALITIES,
            Field.WOUNDED,
            Field.CIVILIAN_TARGETING)) {
      assertThat(FieldRules.check(f, g, e)).as(f.key()).isEmpty();
    }
  }

  @Test
  void goldNullWoundedMeansNoneReportedAndIsScored() {
    GoldEvent g =
        new GoldEvent(
            "Battles",
            "Armed clash",
            List.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(0),
            true,
            Optional.empty(),
            Optional.of(false));
    Event withWounded = Events.strike("X", "Y", 1, 1, 0);
    assertThat(FieldRules.check(Field.WOUNDED, g, withWounded)).contains(false);
  }

  @Test
  void dateAndAdmin1AreExact() {
    GoldEvent g = Events.goldStrike("Coalition", "al-Mishlab", 35.95, 39.01, 10);
    Event e = Events.strike("Coalition", "Mishlab", 35.95, 39.01, 10);
    assertThat(FieldRules.check(Field.DATE, g, e)).contains(true);
    assertThat(FieldRules.check(Field.ADMIN1, g, e)).contains(true);
    GoldEvent later =
        Events.gold(
            g.eventType(),
            g.subEventType(),
            g.actor1(),
            g.location(),
            35.95,
            39.01,
            Optional.of(LocalDate.of(2017, 6, 15)),
            10);
    assertThat(FieldRules.check(Field.DATE, later, e)).contains(false);
  }

  @Test
  void admin1AlternateNamesOfOneUnitMatchAndOtherUnitsDoNot() {
    assertThat(FieldRules.sameAdmin1("Zawiya", "Az Zawiyah")).isTrue();
    assertThat(FieldRules.sameAdmin1("Sirte", "Surt")).isTrue();
    assertThat(FieldRules.sameAdmin1("South Lebanon", "South")).isTrue();
    assertThat(FieldRules.sameAdmin1("Dar'a", "Dara")).isTrue();
    assertThat(FieldRules.sameAdmin1("Sanaa", "Amanat al Asimah")).isFalse();
    assertThat(FieldRules.sameAdmin1("Zawiya", "Tripoli")).isFalse();
  }

  @Test
  void actorMatchesAGoldNameThatIsOneOfItsStrongDictionaryAliases() {
    java.util.function.Function<String, List<String>> aliases =
        id -> id.equals("ROH-RID") ? List.of("Rohirrim", "Horse-lords") : List.of();
    Actor riders = new Actor("ROH-RID", "Riders of Rohan", "فرسان روهان", 3, "Gondor");
    assertThat(FieldRules.actor(List.of("horse lords"), Optional.of(riders), aliases)).isTrue();
    assertThat(FieldRules.actor(List.of("lords"), Optional.of(riders), aliases)).isFalse();
    assertThat(FieldRules.actor(List.of("Orcs"), Optional.of(riders), aliases)).isFalse();
  }
}
