package org.hadath.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.Alias;
import org.hadath.dict.ArabicScript;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped actors.tsv: its format, its invariants and how it reads realistic sentences. */
class ShippedActorDictionaryTest {

  static final ActorDictionary D = ActorDictionary.loadDefault();

  static final List<String> COVERED =
      List.of(
          "Syria",
          "Iraq",
          "Yemen",
          "Libya",
          "Lebanon",
          "Palestine",
          "Israel",
          "Sudan",
          "Somalia",
          "Egypt",
          "Turkey",
          "Iran",
          "Mali",
          "Nigeria",
          "Saudi Arabia",
          "Jordan");

  static ActorEntry id(String id) {
    return D.byId(id).orElseThrow(() -> new AssertionError("no entry " + id));
  }

  /**
   * Leftmost-longest matches of {@code text} without weak aliases (as if nothing supported them),
   * each resolved for an event in {@code country} on {@code day}.
   */
  static List<String> names(String text, String country, LocalDate day) {
    return names(text, country, day, false);
  }

  /** As {@link #names(String, String, LocalDate)}, weak aliases included when {@code weak}. */
  static List<String> names(String text, String country, LocalDate day, boolean weak) {
    List<String> out = new ArrayList<>();
    List<PhraseMatcher.Match<ActorEntry>> matches =
        D.matcher().findLongest(Tokenizer.tokenize(text));
    int i = 0;
    while (i < matches.size()) {
      int first = matches.get(i).firstToken();
      List<ActorEntry> same = new ArrayList<>();
      while (i < matches.size() && matches.get(i).firstToken() == first) {
        PhraseMatcher.Match<ActorEntry> m = matches.get(i);
        if (weak || !D.isWeak(m.value(), m.phrase())) {
          same.add(m.value());
        }
        i++;
      }
      List<ActorEntry> chosen = ActorDictionary.choose(same, country, Optional.of(day));
      if (!chosen.isEmpty()) {
        D.resolve(chosen.get(0), country, Optional.of(day)).ifPresent(e -> out.add(e.name()));
      }
    }
    return out;
  }

  @Test
  void randomTextGivesValidMatchesAndKeys() {
    java.util.Random r = new java.util.Random(20250620L);
    String alphabet =
        "قوات النظام داعش قسد مدنيين الحوثيين ،.«»\"'-0123456789abcXYZ\u064B\u0640\u200F\n\t";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(
            r.nextInt(10) == 0
                ? (char) r.nextInt(0x10000)
                : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      ActorDictionary.matchKey(text);
      for (PhraseMatcher.Match<ActorEntry> m : D.matcher().findAll(Tokenizer.tokenize(text))) {
        assertThat(m.span().start()).isBetween(0, text.length());
        assertThat(m.span().end()).isBetween(m.span().start(), text.length());
      }
    }
  }

  @Test
  void versionLineFollowsTheDocumentedPattern() {
    assertThat(D.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
  }

  @Test
  void holdsAtLeastFifteenHundredActors() {
    assertThat(D.entries()).hasSizeGreaterThanOrEqualTo(1500);
  }

  @Test
  void everyInterCodeIsOneToEight() {
    assertThat(D.entries()).allSatisfy(e -> assertThat(e.inter()).isBetween(1, 8));
  }

  @Test
  void everyArabicNameIsArabicScript() {
    assertThat(D.entries())
        .allSatisfy(e -> assertThat(ArabicScript.hasArabicLetter(e.nameAr())).as(e.id()).isTrue());
  }

  @Test
  void everyAliasHasAMatchKey() {
    for (ActorDictionary.AliasEntry a : D.aliases()) {
      assertThat(ActorDictionary.matchKey(a.alias().text()))
          .as(a.entry().id() + " " + a.alias().text())
          .isNotBlank();
    }
  }

  @Test
  void everyAliasMatchesItsOwnEntry() {
    for (ActorDictionary.AliasEntry a : D.aliases()) {
      assertThat(D.matcher().findAll(Tokenizer.tokenize(a.alias().text())))
          .as(a.entry().id() + " " + a.alias().text())
          .anyMatch(m -> m.value().id().equals(a.entry().id()));
    }
  }

  @Test
  void everyParentAndAllyExists() {
    for (ActorEntry e : D.entries()) {
      e.parent().ifPresent(p -> assertThat(D.byId(p)).as(e.id() + " parent").isPresent());
      e.allies().forEach(a -> assertThat(D.byId(a)).as(e.id() + " ally").isPresent());
    }
  }

  @Test
  void idsAreUnique() {
    Set<String> ids = new HashSet<>();
    assertThat(D.entries()).allSatisfy(e -> assertThat(ids.add(e.id())).as(e.id()).isTrue());
  }

  @Test
  void namedActorsCarryNoCountryPlaceholder() {
    assertThat(D.entries())
        .filteredOn(e -> !e.isTemplate())
        .allSatisfy(e -> assertThat(e.name()).doesNotContain("{"));
  }

  /**
   * Two different actors may share an alias only when the alias can still be told apart: they
   * belong to different countries, their date ranges do not overlap, or the alias is weak (marked
   * '~') on both.
   */
  @Test
  void sharedAliasesAreResolvableByCountryDateOrWeakness() {
    record Use(ActorEntry entry, Alias alias) {}
    Map<String, List<Use>> byKey = new HashMap<>();
    for (ActorDictionary.AliasEntry a : D.aliases()) {
      byKey
          .computeIfAbsent(ActorDictionary.matchKey(a.alias().text()), k -> new ArrayList<>())
          .add(new Use(a.entry(), a.alias()));
    }
    List<String> conflicts = new ArrayList<>();
    byKey.forEach(
        (key, uses) -> {
          for (int i = 0; i < uses.size(); i++) {
            for (int j = i + 1; j < uses.size(); j++) {
              ActorEntry a = uses.get(i).entry();
              ActorEntry b = uses.get(j).entry();
              if (a.id().equals(b.id())
                  || !a.country().equals(b.country())
                  || disjoint(a, b)
                  || (uses.get(i).alias().weak() && uses.get(j).alias().weak())) {
                continue;
              }
              conflicts.add(key + ": " + a.id() + " / " + b.id());
            }
          }
        });
    assertThat(conflicts).isEmpty();
  }

  static boolean disjoint(ActorEntry a, ActorEntry b) {
    LocalDate af = a.from().orElse(LocalDate.MIN);
    LocalDate at = a.to().orElse(LocalDate.MAX);
    LocalDate bf = b.from().orElse(LocalDate.MIN);
    LocalDate bt = b.to().orElse(LocalDate.MAX);
    return at.isBefore(bf) || bt.isBefore(af);
  }

  @Test
  void everyGenericRoleHasATemplate() {
    for (GenericRole r : GenericRole.values()) {
      assertThat(D.template(r)).as(r.code()).isPresent();
    }
  }

  @Test
  void everyCoveredCountryHasItsGenericActors() {
    for (String c : COVERED) {
      assertThat(D.civilians(c).name()).isEqualTo("Civilians (" + c + ")");
      assertThat(D.civilians(c).id()).doesNotContain("@");
      assertThat(D.unidentifiedArmedGroup(c).name())
          .isEqualTo("Unidentified Armed Group (" + c + ")");
      assertThat(D.protesters(c).name()).isEqualTo("Protesters (" + c + ")");
      assertThat(D.rioters(c).name()).isEqualTo("Rioters (" + c + ")");
      if (!c.equals("Palestine")) {
        assertThat(D.military(c)).as(c).isPresent();
      }
      if (!c.equals("Mali")) {
        assertThat(D.police(c)).as(c).isPresent();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SYR-MIL-2000, Military Forces of Syria (2000-2024), 1",
    "SYR-MIL-2024, Military Forces of Syria (2024-), 1",
    "SYR-NDF, NDF: National Defence Forces, 3",
    "SYR-SDF, SDF: Syrian Democratic Forces, 2",
    "SYR-YPG, YPG: People's Protection Units, 2",
    "SYR-IS, Islamic State (Syria), 2",
    "IRQ-IS, Islamic State (Iraq), 2",
    "SYR-HTS, Hayat Tahrir al Sham, 2",
    "SYR-REB, Opposition Rebels (Syria), 2",
    "RUS-MIL-2000, Military Forces of Russia (2000-), 1",
    "USA-MIL-2021, Military Forces of the United States (2021-2025), 1",
    "GLOBAL-COALITION, Global Coalition Against Daesh, 8",
    "OP-RESTORING-HOPE, Operation Restoring Hope, 8",
    "SDN-RSF, Rapid Support Forces, 2",
    "SOM-SHABAAB, Al Shabaab, 2",
  })
  void keyActorsCarryTheirAcledNames(String id, String name, int inter) {
    assertThat(id(id).name()).isEqualTo(name);
    assertThat(id(id).inter()).isEqualTo(inter);
  }

  @Test
  void syrianArmyNameFollowsTheFallOfTheAssadGovernment() {
    assertThat(D.military("Syria", LocalDate.of(2024, 12, 7)))
        .map(ActorEntry::id)
        .contains("SYR-MIL-2000");
    assertThat(D.military("Syria", LocalDate.of(2024, 12, 8)))
        .map(ActorEntry::id)
        .contains("SYR-MIL-2024");
  }

  @Test
  void pakistaniAndAfghanMilitiasAreAlliedWithTheAssadArmy() {
    assertThat(D.isAllied("SYR-FATEMIYOUN", "SYR-MIL-2000")).isTrue();
    assertThat(D.isAllied("SYR-NDF", "SYR-MIL-2000")).isTrue();
    assertThat(D.isAllied("SYR-NDF", "SYR-MIL-2000-4AD")).isTrue();
  }

  @Test
  void kurdishUnitsAreAlliedWithTheCoalitionThroughTheSdf() {
    assertThat(D.parentOf("SYR-YPG")).map(ActorEntry::id).contains("SYR-SDF");
    assertThat(D.isAllied("SYR-YPJ", "SYR-SDF")).isTrue();
    assertThat(D.isAllied("SYR-YPG", "GLOBAL-COALITION")).isTrue();
    assertThat(D.isAllied("SYR-YPG", "SYR-IS")).isFalse();
    assertThat(D.isAllied("SYR-SDF", "SYR-SNA")).isFalse();
  }

  @Test
  void foreignStateForcesInSyriaAreExternal() {
    assertThat(id("RUS-MIL-2000").toActor("Syria").inter()).isEqualTo(8);
    assertThat(id("ISR-MIL-2022").toActor("Palestine").inter()).isEqualTo(8);
    assertThat(id("ISR-MIL-2022").toActor("Israel").inter()).isEqualTo(1);
    assertThat(id("SYR-MIL-2000").toActor("Syria").inter()).isEqualTo(1);
  }

  static final LocalDate JUNE_2017 = LocalDate.of(2017, 6, 15);

  @Test
  void regimeForcesBehindLamClitic() {
    assertThat(names("تقدم لقوات النظام في ريف حماة", "Syria", JUNE_2017))
        .containsExactly("Military Forces of Syria (2000-2024)");
  }

  @Test
  void ndfBehindBaClitic() {
    assertThat(names("قوات النظام المدعومة بميليشيات الدفاع الوطني", "Syria", JUNE_2017))
        .containsExactly("Military Forces of Syria (2000-2024)", "NDF: National Defence Forces");
  }

  @Test
  void kurdishUnitsBehindWawClitic() {
    assertThat(names("صفحة النظام السوري والوحدات الكردية", "Syria", JUNE_2017))
        .containsExactly("Military Forces of Syria (2000-2024)", "YPG: People's Protection Units");
  }

  @Test
  void islamicStateBehindLamClitic() {
    assertThat(names("السيطرة على محافظة الرقة من تنظيم الدولة", "Syria", JUNE_2017))
        .containsExactly("Islamic State (Syria)");
    assertThat(names("هجوم لتنظيم الدولة في الأنبار", "Iraq", JUNE_2017))
        .containsExactly("Islamic State (Iraq)");
  }

  @Test
  void seedSentenceFindsEveryParty() {
    String s =
        "إطلاق عملية عسكرية مشتركة بين قوات النظام المدعومة بميليشيات \"الدفاع الوطني\" مع"
            + " \"قوات سوريا الديمقراطية\" التي تقودها \"وحدات الحماية الكردية\" المدعومة من"
            + " التحالف الدولي";
    assertThat(names(s, "Syria", JUNE_2017))
        .containsExactly(
            "Military Forces of Syria (2000-2024)",
            "NDF: National Defence Forces",
            "SDF: Syrian Democratic Forces",
            "YPG: People's Protection Units",
            "Global Coalition Against Daesh");
  }

  @Test
  void coalitionAircraftNameTheCoalition() {
    assertThat(names("بقصف لطيران التحالف الدولي على حي المشلب", "Syria", JUNE_2017))
        .containsExactly("Global Coalition Against Daesh");
  }

  @Test
  void bareCoalitionIsTheSaudiLedCoalitionInYemen() {
    assertThat(names("غارات للتحالف على صعدة", "Yemen", JUNE_2017, true))
        .containsExactly("Operation Restoring Hope");
    assertThat(names("غارات للتحالف على الرقة", "Syria", JUNE_2017, true))
        .containsExactly("Global Coalition Against Daesh");
  }

  @Test
  void civiliansResolveToTheEventCountry() {
    assertThat(names("مقتل 10 مدنيين", "Syria", JUNE_2017)).containsExactly("Civilians (Syria)");
    assertThat(names("مقتل 10 مدنيين", "Chad", JUNE_2017)).containsExactly("Civilians (Chad)");
  }

  @Test
  void unidentifiedGunmenResolveToTheEventCountry() {
    assertThat(names("اغتال مسلحون مجهولون قياديا", "Iraq", JUNE_2017))
        .containsExactly("Unidentified Armed Group (Iraq)");
  }

  @Test
  void bareArmyResolvesToTheEventCountryAndDate() {
    assertThat(names("وأعلن الجيش", "Iraq", JUNE_2017))
        .containsExactly("Military Forces of Iraq (2014-2018)");
    assertThat(names("وأعلن الجيش", "Iraq", LocalDate.of(2023, 1, 1)))
        .containsExactly("Military Forces of Iraq (2022-)");
  }

  @Test
  void houthisAndRsfByDate() {
    assertThat(names("هجوم للحوثيين", "Yemen", JUNE_2017))
        .containsExactly("Military Forces of Yemen (2017-) Houthi");
    assertThat(names("اشتباكات مع الدعم السريع", "Sudan", LocalDate.of(2023, 5, 1)))
        .containsExactly("Rapid Support Forces");
    assertThat(names("اشتباكات مع الدعم السريع", "Sudan", LocalDate.of(2020, 5, 1)))
        .containsExactly("Military Forces of Sudan (2019-) Rapid Support Forces");
  }

  @Test
  void israeliForcesUnderAllTheirNames() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    assertThat(names("اقتحمت قوات الاحتلال مخيم جنين", "Palestine", d))
        .containsExactly("Military Forces of Israel (2022-)");
    assertThat(names("قال جيش الاحتلال", "Palestine", d))
        .containsExactly("Military Forces of Israel (2022-)");
    assertThat(names("هاجم مستوطنون قرية", "Palestine", d)).containsExactly("Settlers (Israel)");
  }

  @Test
  void englishAliasesMatch() {
    assertThat(names("Syrian Democratic Forces fighters clashed with ISIS", "Syria", JUNE_2017))
        .containsExactly("SDF: Syrian Democratic Forces", "Islamic State (Syria)");
  }

  @Test
  void bareRegimeIsWeak() {
    ActorEntry m =
        D.matcher().findLongest(Tokenizer.tokenize("العملية التي أطلقها النظام")).get(0).value();
    assertThat(m.id()).isEqualTo("SYR-MIL-2000");
    assertThat(D.isWeak(m, "النظام")).isTrue();
  }

  @Test
  void regimeRemnantsAreTheArmyBeforeTheFallAndLoyalistInsurgentsAfter() {
    assertThat(names("هجوم لفلول النظام", "Syria", JUNE_2017))
        .containsExactly("Military Forces of Syria (2000-2024)");
    assertThat(names("هجوم لفلول النظام", "Syria", LocalDate.of(2025, 3, 7)))
        .containsExactly("Former Military Forces of Syria (2000-2024)");
  }

  @Test
  void houthiMediaArmyAndPopularCommitteesAreTheHouthis() {
    assertThat(names("أعلن الجيش واللجان الشعبية", "Yemen", JUNE_2017))
        .containsExactly("Military Forces of Yemen (2017-) Houthi");
  }

  @Test
  void pmfBrigadeNumberNamesItsGroupOnlyWithThePmf() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThat(names("قصف مقرات اللواء 45 في الحشد الشعبي", "Iraq", d))
        .containsExactly("Kataib Hezbollah - PMF Brigades 45, 46, 47");
    assertThat(names("قصف مقرات اللواء 45", "Iraq", d)).isEmpty();
  }

  @Test
  void talibanAreRebelsUntilAugust2021AndTheGovernmentAfter() {
    assertThat(names("هجوم لطالبان", "Afghanistan", LocalDate.of(2020, 5, 1)))
        .containsExactly("Taliban");
    assertThat(names("هجوم لطالبان", "Afghanistan", LocalDate.of(2022, 5, 1)))
        .containsExactly("Military Forces of Afghanistan (2021-)");
  }

  @Test
  void bareArmyResolvesThroughTheEgyptianPeriods() {
    assertThat(names("وأعلن الجيش", "Egypt", LocalDate.of(2013, 1, 1)))
        .containsExactly("Military Forces of Egypt (2012-2013)");
    assertThat(names("وأعلن الجيش", "Egypt", LocalDate.of(2020, 1, 1)))
        .containsExactly("Military Forces of Egypt (2014-)");
  }

  @Test
  void governmentsHaveOnlyWeakAliases() {
    assertThat(names("قررت الحكومة العراقية", "Iraq", JUNE_2017)).isEmpty();
    assertThat(names("قررت الحكومة العراقية", "Iraq", JUNE_2017, true))
        .containsExactly("Government of Iraq (2014-2018)");
  }

  @Test
  void whiteHelmetsAreNeitherTheNdfNorCivilians() {
    assertThat(names("الدفاع المدني السوري", "Syria", JUNE_2017)).isEmpty();
  }
}
