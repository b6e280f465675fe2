package org.hadath.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.model.Actor;
import org.hadath.pipeline.DictionaryActors;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's rules, on an invented dictionary so that shipped data changes never break them. */
class ActorDictionaryRulesTest {

  static final String HEADER =
      "id\tname\tname_ar\tinter\tcountry\tkind\tgeneric\tparent\tallies\tfrom\tto"
          + "\taliases_ar\taliases_en\tnotes\n";

  @TempDir Path tmp;

  static Path fixture() {
    try {
      return Path.of(ActorDictionaryRulesTest.class.getResource("middle-earth-actors.tsv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ActorDictionary middleEarth() {
    return ActorDictionary.loadOnly(List.of(fixture()));
  }

  Path file(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static ActorEntry id(ActorDictionary d, String id) {
    return d.byId(id).orElseThrow();
  }

  static List<String> matchedIds(ActorDictionary d, String text) {
    return d.matcher().findLongest(Tokenizer.tokenize(text)).stream()
        .map(m -> m.value().id())
        .toList();
  }

  @Test
  void rowsAreReadWithEveryColumn() {
    ActorDictionary d = middleEarth();
    ActorEntry e = id(d, "GON-MIL-2000");
    assertThat(e.name()).isEqualTo("Military Forces of Gondor (2000-2010)");
    assertThat(e.nameAr()).isEqualTo("جيش غوندور (2000-2010)");
    assertThat(e.inter()).isEqualTo(1);
    assertThat(e.country()).isEqualTo("Gondor");
    assertThat(e.kind()).isEqualTo(ActorKind.STATE);
    assertThat(e.generic()).contains(GenericRole.MILITARY);
    assertThat(e.from()).contains(LocalDate.of(2000, 1, 1));
    assertThat(e.to()).contains(LocalDate.of(2010, 12, 31));
    assertThat(e.aliasesAr())
        .extracting(a -> a.text())
        .containsExactly("جيش غوندور", "قوات الوكيل");
    assertThat(e.aliasesEn()).extracting(a -> a.text()).containsExactly("Gondorian army");
    assertThat(e.source()).endsWith("middle-earth-actors.tsv:11");
    assertThat(d.version()).isEqualTo("2000.01.01-1");
  }

  @Test
  void weakAliasIsMarkedWithTilde() {
    ActorDictionary d = middleEarth();
    ActorEntry orcs = id(d, "MOR-ORCS");
    assertThat(orcs.aliases())
        .filteredOn(a -> a.weak())
        .extracting(a -> a.text())
        .containsExactly("جيش الظلام");
    assertThat(d.isWeak(orcs, "جيش الظلام")).isTrue();
    assertThat(d.isWeak(orcs, "الأورك")).isFalse();
  }

  @Test
  void matcherFindsAliasesBehindProclitics() {
    ActorDictionary d = middleEarth();
    assertThat(matchedIds(d, "قصفت طائرات لجيش غوندور مواقع للنازغول وبالأوروك هاي"))
        .containsExactly("GON-MIL-2000", "GON-MIL-2011", "MOR-NAZGUL", "ISE-ORCS");
  }

  @Test
  void matcherFindsEnglishAliasesCaseInsensitively() {
    assertThat(matchedIds(middleEarth(), "The RINGWRAITHS attacked the Ithilien Rangers."))
        .containsExactly("MOR-NAZGUL", "GON-RANGERS");
  }

  @Test
  void matcherReportsAnAliasOncePerEntryEvenWhenWrittenTwice() {
    // «مدنيين» and «مدنيون» are two aliases with two keys; «الأهالي» and «أهالي» would be one.
    ActorDictionary d = middleEarth();
    List<PhraseMatcher.Match<ActorEntry>> m =
        d.matcher().findLongest(Tokenizer.tokenize("قتل مدنيين من الأهالي"));
    assertThat(m).extracting(x -> x.value().id()).containsExactly("GEN-CIV", "GEN-CIV");
  }

  @Test
  void sharedAliasIsChosenByEventCountry() {
    ActorDictionary d = middleEarth();
    List<ActorEntry> both =
        d.matcher().findLongest(Tokenizer.tokenize("هجوم للأورك")).stream()
            .map(PhraseMatcher.Match::value)
            .toList();
    assertThat(both).extracting(ActorEntry::id).containsExactlyInAnyOrder("MOR-ORCS", "ISE-ORCS");
    assertThat(ActorDictionary.choose(both, "Isengard", Optional.empty()))
        .extracting(ActorEntry::id)
        .startsWith("ISE-ORCS");
    assertThat(ActorDictionary.choose(both, "Mordor", Optional.empty()))
        .extracting(ActorEntry::id)
        .startsWith("MOR-ORCS");
  }

  @Test
  void chooseRanksEventCountryThenInternationalThenOthers() {
    ActorDictionary d = middleEarth();
    List<ActorEntry> c = List.of(id(d, "MOR-ORCS"), id(d, "WHITE-COUNCIL"), id(d, "ROH-RIDERS"));
    assertThat(ActorDictionary.choose(c, "Rohan", Optional.empty()))
        .extracting(ActorEntry::id)
        .containsExactly("ROH-RIDERS", "WHITE-COUNCIL", "MOR-ORCS");
  }

  @Test
  void dateBoundsSelectTheNameValidOnTheDay() {
    ActorDictionary d = middleEarth();
    List<ActorEntry> gondor = List.of(id(d, "GON-MIL-2000"), id(d, "GON-MIL-2011"));
    assertThat(ActorDictionary.selectByDate(gondor, Optional.of(LocalDate.of(2005, 6, 1))))
        .extracting(ActorEntry::id)
        .containsExactly("GON-MIL-2000");
    assertThat(ActorDictionary.selectByDate(gondor, Optional.of(LocalDate.of(2011, 1, 1))))
        .extracting(ActorEntry::id)
        .containsExactly("GON-MIL-2011");
    assertThat(ActorDictionary.selectByDate(gondor, Optional.empty()))
        .extracting(ActorEntry::id)
        .containsExactly("GON-MIL-2011", "GON-MIL-2000");
  }

  @Test
  void dateBoundsAreInclusive() {
    ActorEntry e = id(middleEarth(), "GON-MIL-2000");
    assertThat(e.activeOn(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(e.activeOn(LocalDate.of(2010, 12, 31))).isTrue();
    assertThat(e.activeOn(LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(e.activeOn(LocalDate.of(2011, 1, 1))).isFalse();
  }

  @Test
  void militaryAndPoliceFollowTheEventDate() {
    ActorDictionary d = middleEarth();
    assertThat(d.military("Gondor", LocalDate.of(2003, 3, 3)))
        .map(ActorEntry::id)
        .contains("GON-MIL-2000");
    assertThat(d.military("Gondor", LocalDate.of(2020, 3, 3)))
        .map(ActorEntry::id)
        .contains("GON-MIL-2011");
    assertThat(d.military("Gondor")).map(ActorEntry::id).contains("GON-MIL-2011");
    assertThat(d.police("Gondor", LocalDate.of(2005, 1, 1))).isEmpty();
    assertThat(d.police("Gondor")).map(ActorEntry::id).contains("GON-POL-2011");
    assertThat(d.military("Shire")).isEmpty();
  }

  @Test
  void genericActorComesFromTheCountryRowWhenThereIsOne() {
    ActorEntry c = middleEarth().civilians("Gondor");
    assertThat(c.id()).isEqualTo("GON-CIV");
    assertThat(c.nameAr()).isEqualTo("مدنيون (غوندور)");
  }

  @Test
  void genericActorIsMadeFromTheTemplateForOtherCountries() {
    ActorDictionary d = middleEarth();
    ActorEntry c = d.civilians("Rohan");
    assertThat(c.id()).isEqualTo("GEN-CIV@Rohan");
    assertThat(c.name()).isEqualTo("Civilians (Rohan)");
    assertThat(c.country()).isEqualTo("Rohan");
    assertThat(c.inter()).isEqualTo(7);
    assertThat(d.unidentifiedArmedGroup("Rohan").name())
        .isEqualTo("Unidentified Armed Group (Rohan)");
    assertThat(d.protesters("Rohan").name()).isEqualTo("Protesters (Rohan)");
    assertThat(d.rioters("Rohan").name()).isEqualTo("Rioters (Rohan)");
  }

  @Test
  void matchedTemplateResolvesToTheEventCountry() {
    ActorDictionary d = middleEarth();
    ActorEntry template =
        d.matcher().findLongest(Tokenizer.tokenize("فتح مسلحون مجهولون النار")).get(0).value();
    assertThat(template.isTemplate()).isTrue();
    assertThat(d.resolve(template, "Mordor", Optional.empty()))
        .map(ActorEntry::name)
        .contains("Unidentified Armed Group (Mordor)");
    ActorEntry army = d.matcher().findLongest(Tokenizer.tokenize("وقال الجيش")).get(0).value();
    assertThat(d.resolve(army, "Gondor", Optional.of(LocalDate.of(2004, 1, 1))))
        .map(ActorEntry::id)
        .contains("GON-MIL-2000");
    assertThat(d.resolve(army, "Shire", Optional.empty())).isEmpty();
  }

  @Test
  void stateForcesAbroadAreExternalForces() {
    ActorDictionary d = middleEarth();
    ActorEntry gondor = id(d, "GON-MIL-2011");
    assertThat(ActorDictionary.interIn(gondor, "Gondor")).isEqualTo(1);
    assertThat(ActorDictionary.interIn(gondor, "Mordor")).isEqualTo(8);
    assertThat(ActorDictionary.interIn(id(d, "MOR-ORCS"), "Gondor")).isEqualTo(2);
    assertThat(gondor.toActor("Mordor").inter()).isEqualTo(8);
    assertThat(gondor.toActor().inter()).isEqualTo(1);
  }

  @Test
  void actorIsCodedAsItsOperationInTheOperationsCountry() throws IOException {
    Path f =
        file(
            "ops.tsv",
            "# version: 2000.01.01-1\n"
                + "id\tname\tname_ar\tinter\tcountry\tkind\tacts_as\tfrom\n"
                + "ROH-MIL\tMilitary Forces of Rohan\tجيش روهان\t1\tRohan\tstate\tOP-WEST\t\n"
                + "OP-WEST\tOperation Westmarch\tعملية الغرب\t8\tGondor\texternal\t\t3019-03-01\n");
    ActorDictionary d = ActorDictionary.loadOnly(List.of(f));
    ActorEntry rohan = id(d, "ROH-MIL");
    assertThat(d.actsAs(rohan, "Gondor", Optional.empty())).map(ActorEntry::id).contains("OP-WEST");
    assertThat(d.actsAs(rohan, "Rohan", Optional.empty())).isEmpty();
    assertThat(d.actsAs(rohan, "Gondor", Optional.of(LocalDate.of(3018, 1, 1)))).isEmpty();
    assertThat(d.actsAs(id(d, "OP-WEST"), "Gondor", Optional.empty())).isEmpty();
  }

  @Test
  void operationCodingAppliesOnlyOnDaysTheOperationRuns() throws IOException {
    Path f =
        file(
            "ops-days.tsv",
            "# version: 2000.01.01-1\n"
                + "id\tname\tname_ar\tinter\tcountry\tkind\tacts_as\tfrom\n"
                + "ROH-MIL\tMilitary Forces of Rohan\tجيش روهان\t1\tRohan\tstate\tOP-WEST\t\n"
                + "OP-WEST\tOperation Westmarch\tعملية الغرب\t8\tGondor\texternal\t\t3019-03-01\n");
    DictionaryActors actors = new DictionaryActors(ActorDictionary.loadOnly(List.of(f)));
    Actor rohan = id(actors.dictionary(), "ROH-MIL").toActor();
    assertThat(actors.localize(rohan, "Gondor", Optional.of(LocalDate.of(3019, 3, 2))).name())
        .isEqualTo("Operation Westmarch");
    assertThat(actors.localize(rohan, "Gondor", Optional.of(LocalDate.of(3018, 1, 1))).name())
        .isEqualTo("Military Forces of Rohan");
  }

  @Test
  void regularForcesAreAnArmyOrPoliceNotAMovementCodedAsStateForces() throws IOException {
    Path f =
        file(
            "regular.tsv",
            "# version: 2000.01.01-1\n"
                + "id\tname\tname_ar\tinter\tcountry\tkind\tgeneric\tparent\n"
                + "GON-MIL\tMilitary Forces of Gondor\tجيش غوندور\t1\tGondor\tstate\tmilitary\t\n"
                + "GON-GUARD\tTower Guard\tحرس القلعة\t1\tGondor\tstate\t\tGON-MIL\n"
                + "MOR-LORD\tForces of the Dark Lord\tقوات الموردور\t1\tMordor\tstate\t\t\n"
                + "MOR-ORC\tOrcs of Mordor\tالأورك\t2\tMordor\trebel\t\t\n");
    DictionaryActors actors = new DictionaryActors(ActorDictionary.loadOnly(List.of(f)));
    ActorDictionary d = actors.dictionary();
    assertThat(actors.regularForces(id(d, "GON-MIL").toActor())).isTrue();
    assertThat(actors.regularForces(id(d, "GON-GUARD").toActor())).isTrue();
    assertThat(actors.regularForces(id(d, "MOR-LORD").toActor())).isFalse();
    assertThat(actors.regularForces(id(d, "MOR-ORC").toActor())).isFalse();
  }

  @Test
  void actsAsMustNameAnOperationOfAnotherCountry() throws IOException {
    Path f =
        file(
            "ops.tsv",
            "# version: 2000.01.01-1\n"
                + "id\tname\tname_ar\tinter\tcountry\tkind\tacts_as\n"
                + "ROH-MIL\tMilitary Forces of Rohan\tجيش روهان\t1\tRohan\tstate\tROH-OP\n"
                + "ROH-OP\tOperation Home\tعملية\t8\tRohan\texternal\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(f)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("acts_as");
  }

  @Test
  void alliancesAreSymmetric() {
    ActorDictionary d = middleEarth();
    assertThat(d.isAllied("GON-MIL-2011", "ROH-RIDERS")).isTrue();
    assertThat(d.isAllied("ROH-RIDERS", "GON-MIL-2011")).isTrue();
  }

  @Test
  void parentAndChildAreAllied() {
    ActorDictionary d = middleEarth();
    assertThat(d.isAllied("GON-RANGERS", "GON-MIL-2011")).isTrue();
    assertThat(d.parentOf("GON-RANGERS")).map(ActorEntry::id).contains("GON-MIL-2011");
    assertThat(d.parentOf("GON-MIL-2011")).isEmpty();
  }

  @Test
  void alliancesOfAncestorsExtendToDescendants() {
    ActorDictionary d = middleEarth();
    assertThat(d.isAllied("GON-RANGERS", "ROH-RIDERS")).isTrue();
    assertThat(d.isAllied("MOR-NAZGUL", "ISE-ORCS")).isTrue();
    assertThat(d.isAllied("GON-RANGERS", "WHITE-COUNCIL")).isTrue();
  }

  @Test
  void unrelatedActorsAndSelfAreNotAllied() {
    ActorDictionary d = middleEarth();
    assertThat(d.isAllied("GON-MIL-2011", "MOR-ORCS")).isFalse();
    assertThat(d.isAllied("MOR-ORCS", "MOR-ORCS")).isFalse();
    assertThat(d.isAllied("MOR-ORCS", "NO-SUCH-ID")).isFalse();
  }

  @Test
  void userRowOverridesTheEntryWithTheSameId() throws IOException {
    Path user =
        file(
            "user.tsv",
            "# version: 2001.02.03-4\n"
                + HEADER
                + "MOR-ORCS\tOrcs of the Black Land\tأورك الأرض السوداء\t3\tMordor\tmilitia"
                + "\t\t\t\t\t\tأورك الأرض السوداء\t\t\n");
    ActorDictionary d = ActorDictionary.loadOnly(List.of(fixture(), user));
    ActorEntry e = id(d, "MOR-ORCS");
    assertThat(e.name()).isEqualTo("Orcs of the Black Land");
    assertThat(e.inter()).isEqualTo(3);
    assertThat(matchedIds(d, "هاجم أورك موردور")).doesNotContain("MOR-ORCS");
    assertThat(matchedIds(d, "هاجم أورك الأرض السوداء")).containsExactly("MOR-ORCS");
    assertThat(d.version()).isEqualTo("2000.01.01-1+user.tsv@2001.02.03-4");
  }

  @Test
  void userRowWithNewIdAddsAnEntry() throws IOException {
    Path user =
        file(
            "more.tsv",
            HEADER
                + "ENT-HUORNS\tHuorns\tالهورن\t4\tFangorn\tidentity-militia\t\t\tGON-MIL-2011"
                + "\t\t\tالهورن|أشجار فانغورن\tHuorns\t\n");
    ActorDictionary d = ActorDictionary.loadOnly(List.of(fixture(), user));
    assertThat(matchedIds(d, "تقدمت أشجار فانغورن")).containsExactly("ENT-HUORNS");
    assertThat(d.isAllied("ENT-HUORNS", "ROH-RIDERS")).isFalse();
    assertThat(d.isAllied("ENT-HUORNS", "GON-RANGERS")).isTrue();
    assertThat(d.version()).isEqualTo("2000.01.01-1+more.tsv");
  }

  @Test
  void userRowWithMinusIdRemovesTheEntry() throws IOException {
    Path user = file("drop.tsv", HEADER + "-SHIRE-MILITIA\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
    ActorDictionary d = ActorDictionary.loadOnly(List.of(fixture(), user));
    assertThat(d.byId("SHIRE-MILITIA")).isEmpty();
    assertThat(matchedIds(d, "ميليشيا الشاير")).isEmpty();
  }

  @Test
  void removingAnUnknownIdIsAnError() throws IOException {
    Path user = file("drop.tsv", HEADER + "-SHIRE-ARMY\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("drop.tsv:2 column 'id'")
        .hasMessageContaining("'-SHIRE-ARMY'")
        .hasMessageContaining("Check the spelling");
  }

  @Test
  void malformedInterCodeNamesFileLineColumnAndValue() throws IOException {
    Path user =
        file(
            "bad-inter.tsv",
            "# version: 1\n" + HEADER + "X-ONE\tOne\tواحد\tnine\tGondor\tstate\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageStartingWith(user.toString() + ":3 column 'inter'")
        .hasMessageContaining("'nine'")
        .hasMessageContaining("Use ACLED's codes");
  }

  @Test
  void interOutsideOneToEightIsAnError() throws IOException {
    Path user = file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t9\tGondor\tstate\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("bad.tsv:2 column 'inter'")
        .hasMessageContaining("'9'");
  }

  @Test
  void unknownKindListsTheKinds() throws IOException {
    Path user = file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\tgang\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'kind'")
        .hasMessageContaining("'gang'")
        .hasMessageContaining("identity-militia");
  }

  @Test
  void arabicNameMustBeArabicScript() throws IOException {
    Path user = file("bad.tsv", HEADER + "X-ONE\tOne\tOne\t2\tGondor\trebel\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'name_ar'")
        .hasMessageContaining("'One'");
  }

  @Test
  void englishAliasInArabicColumnIsAnError() throws IOException {
    Path user =
        file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\tواحد|One\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'aliases_ar'")
        .hasMessageContaining("'One'");
  }

  @Test
  void emptyAliasItemIsAnError() throws IOException {
    Path user =
        file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\tواحد||اثنان\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'aliases_ar'")
        .hasMessageContaining("empty item");
  }

  @Test
  void bareTildeIsAnError() throws IOException {
    Path user = file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\t\t~\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'aliases_en'")
        .hasMessageContaining("only '~'");
  }

  @Test
  void badDateIsAnError() throws IOException {
    Path user =
        file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t2020-13-01\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'from'")
        .hasMessageContaining("'2020-13-01'")
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void endBeforeStartIsAnError() throws IOException {
    Path user =
        file(
            "bad.tsv",
            HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t2020-01-02\t2020-01-01\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'to'")
        .hasMessageContaining("before the start date");
  }

  @Test
  void unknownParentIsAnError() throws IOException {
    Path user =
        file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\tX-TWO\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("bad.tsv:2 column 'parent'")
        .hasMessageContaining("'X-TWO'");
  }

  @Test
  void unknownAllyIsAnError() throws IOException {
    Path user =
        file(
            "bad.tsv",
            HEADER + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\tMOR-ORCS|X-TWO\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'allies'")
        .hasMessageContaining("'X-TWO'");
  }

  @Test
  void parentCycleIsAnError() throws IOException {
    Path user =
        file(
            "bad.tsv",
            HEADER
                + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\tX-TWO\t\t\t\t\t\t\n"
                + "X-TWO\tTwo\tاثنان\t2\tGondor\trebel\t\tX-ONE\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'parent'")
        .hasMessageContaining("cycle");
  }

  @Test
  void duplicateIdInOneFileIsAnError() throws IOException {
    Path user =
        file(
            "bad.tsv",
            HEADER
                + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\t\t\t\n"
                + "X-ONE\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("bad.tsv:3 column 'id'")
        .hasMessageContaining("appears twice");
  }

  @Test
  void lowerCaseIdIsAnError() throws IOException {
    Path user = file("bad.tsv", HEADER + "x-one\tOne\tواحد\t2\tGondor\trebel\t\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'id'")
        .hasMessageContaining("'x-one'");
  }

  @Test
  void templateNameNeedsThePlaceholder() throws IOException {
    Path user =
        file(
            "bad.tsv",
            HEADER + "X-ONE\tCivilians\tمدنيون\t7\t\tcivilians\tcivilians\t\t\t\t\t\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'name'")
        .hasMessageContaining("{country}");
  }

  @Test
  void missingVersionLineInTheBaseFileIsAnError() throws IOException {
    Path base = file("base.tsv", HEADER);
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(base)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("base.tsv")
        .hasMessageContaining("# version: YYYY.MM.DD-N");
  }

  @Test
  void missingRequiredColumnIsAnError() throws IOException {
    Path user = file("bad.tsv", "id\tname\tname_ar\tinter\tcountry\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("bad.tsv:1 column 'kind'")
        .hasMessageContaining("lacks the required column");
  }

  @Test
  void unknownColumnIsAnError() throws IOException {
    Path user = file("bad.tsv", "id\tname\tname_ar\tinter\tcountry\tkind\tcolour\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'colour'")
        .hasMessageContaining("Use only the documented columns");
  }

  @Test
  void wrongFieldCountIsAnError() throws IOException {
    Path user = file("bad.tsv", HEADER + "X-ONE\tOne\tواحد\t2\n");
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("bad.tsv:2")
        .hasMessageContaining("4 tab-separated fields but the header has 14");
  }

  @Test
  void missingUserFileIsAnIoError() {
    assertThatThrownBy(() -> ActorDictionary.loadOnly(List.of(tmp.resolve("absent.tsv"))))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("absent.tsv");
  }
}
