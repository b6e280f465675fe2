package org.hadath.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hadath.dict.ArabicScript;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.resolve.actor.ActorDictionary;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDictionaryTest {

  static final String HEADER =
      "id\tname\tname_ar\ttype\tpartisan\tcategory\tspeaks_for\taliases_ar\taliases_en\tnotes\n";

  @TempDir Path tmp;

  static Path fixture() {
    try {
      return Path.of(SourceDictionaryTest.class.getResource("middle-earth-sources.tsv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> found(SourceDictionary d, String text) {
    return d.matcher().findLongest(Tokenizer.tokenize(text)).stream()
        .filter(m -> !d.isWeak(m.value(), m.phrase()))
        .map(m -> m.value().name())
        .toList();
  }

  // ---------------------------------------------------------------- rules, on invented sources

  @Test
  void rowsAreReadWithEveryColumn() {
    SourceDictionary d = SourceDictionary.loadOnly(List.of(fixture()));
    SourceEntry e = d.byId("MORDOR-MEDIA").orElseThrow();
    assertThat(e.name()).isEqualTo("Mordor media");
    assertThat(e.nameAr()).isEqualTo("إعلام موردور");
    assertThat(e.scope()).isEqualTo(SourceEntry.Scope.NATIONAL);
    assertThat(e.partisan()).isEqualTo(SourceEntry.Partisan.PARTY);
    assertThat(e.category()).isEqualTo(SourceEntry.Category.MEDIA);
    assertThat(e.speaksFor()).contains("MOR-ORCS");
    assertThat(e.aliasesAr()).hasSize(2);
    assertThat(d.version()).isEqualTo("2000.01.01-1");
  }

  @Test
  void matcherFindsSourcesBehindProclitics() {
    SourceDictionary d = SourceDictionary.loadOnly(List.of(fixture()));
    assertThat(found(d, "وأفاد لمرصد الشاير وبحسب الجوالة"))
        .containsExactly("Shire Observatory", "rangers");
  }

  @Test
  void weakAliasNeedsContext() {
    SourceDictionary d = SourceDictionary.loadOnly(List.of(fixture()));
    SourceEntry obs = d.byId("SHIRE-OBS").orElseThrow();
    assertThat(d.isWeak(obs, "المرصد")).isTrue();
    assertThat(found(d, "وقال المرصد")).isEmpty();
  }

  @Test
  void userRowOverridesAndRemoves() throws IOException {
    Path user = tmp.resolve("mine.tsv");
    Files.writeString(
        user,
        "# version: 3\n"
            + HEADER
            + "SHIRE-OBS\tShire Watch\tمراقبة الشاير\tlocal\tnone\tmonitor\t\tمراقبة الشاير\t\t\n"
            + "-RANGERS\t\t\t\t\t\t\t\t\t\n",
        StandardCharsets.UTF_8);
    SourceDictionary d = SourceDictionary.loadOnly(List.of(fixture(), user));
    assertThat(d.byId("SHIRE-OBS").orElseThrow().name()).isEqualTo("Shire Watch");
    assertThat(d.byId("RANGERS")).isEmpty();
    assertThat(d.version()).isEqualTo("2000.01.01-1+mine.tsv@3");
  }

  @Test
  void unknownPartisanNamesFileLineColumnAndValue() throws IOException {
    Path user = tmp.resolve("bad.tsv");
    Files.writeString(
        user, HEADER + "X\tX\tإكس\tlocal\tloyalist\tmedia\t\t\t\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SourceDictionary.loadOnly(List.of(fixture(), user)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("bad.tsv:2 column 'partisan'")
        .hasMessageContaining("'loyalist'")
        .hasMessageContaining("pro-government");
  }

  @Test
  void unknownTypeIsAnError() throws IOException {
    Path user = tmp.resolve("bad.tsv");
    Files.writeString(
        user, HEADER + "X\tX\tإكس\tglobal\tnone\tmedia\t\t\t\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SourceDictionary.loadOnly(List.of(fixture(), user)))
        .hasMessageContaining("column 'type'")
        .hasMessageContaining("'global'")
        .hasMessageContaining("international");
  }

  // ---------------------------------------------------------------- the shipped file

  static final SourceDictionary S = SourceDictionary.loadDefault();

  @Test
  void shippedFileLoadsWithItsVersion() {
    assertThat(S.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
    assertThat(S.entries()).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void shippedArabicNamesAreArabic() {
    assertThat(S.entries())
        .allSatisfy(e -> assertThat(ArabicScript.hasArabicLetter(e.nameAr())).as(e.id()).isTrue());
  }

  @Test
  void shippedSpeaksForNamesShippedActors() {
    ActorDictionary actors = ActorDictionary.loadDefault();
    for (SourceEntry e : S.entries()) {
      e.speaksFor().ifPresent(a -> assertThat(actors.byId(a)).as(e.id()).isPresent());
    }
  }

  @Test
  void shippedAliasesBelongToOneSourceEach() {
    Map<String, List<String>> byKey = new HashMap<>();
    for (SourceDictionary.AliasEntry a : S.aliases()) {
      List<String> ids =
          byKey.computeIfAbsent(ActorDictionary.matchKey(a.alias().text()), k -> new ArrayList<>());
      if (!ids.contains(a.entry().id())) {
        ids.add(a.entry().id());
      }
    }
    assertThat(byKey.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
  }

  @Test
  void seedAttributionsAreFound() {
    String text =
        "أكدت مصادر عسكرية تابعة لنظام الأسد عبر وسائل إعلامية موالية عن إطلاق عملية."
            + " ونقلت المصادر الموالية عمن أسمته. ويرى الناشط الميداني ياسر حسين."
            + " حيث أكدت مصادر ميدانية استشهاد 10 مدنيين";
    assertThat(found(S, text))
        .containsExactly(
            "military sources", "loyalist media", "loyalist media", "activists", "field sources");
  }

  @Test
  void namedOutletsAndMonitorsAreFound() {
    assertThat(found(S, "وقال المرصد السوري لحقوق الإنسان")).containsExactly("SOHR");
    assertThat(found(S, "بحسب ما نقلت وكالة سانا وشبكة درعا 24"))
        .containsExactly("SANA", "Daraa 24");
    assertThat(found(S, "ذكرت حملة الرقة تذبح بصمت"))
        .containsExactly("Raqqa is Being Slaughtered Silently");
    assertThat(found(S, "according to SOHR, activists said")).containsExactly("SOHR", "activists");
  }

  @Test
  void whiteHelmetsAreNotTheNationalDefenceForces() {
    assertThat(found(S, "فرق الدفاع المدني السوري")).containsExactly("White Helmets");
    assertThat(found(S, "قوات الدفاع الوطني")).isEmpty();
  }

  @Test
  void partisanValuesAreTheDocumentedOnes() {
    assertThat(S.entries())
        .extracting(e -> e.partisan().code())
        .allMatch(p -> Set.of("none", "pro-government", "opposition", "party").contains(p));
  }

  @Test
  void everyShippedAliasMatchesItself() {
    for (SourceDictionary.AliasEntry a : S.aliases()) {
      List<PhraseMatcher.Match<SourceEntry>> m =
          S.matcher().findAll(Tokenizer.tokenize(a.alias().text()));
      assertThat(m).as(a.alias().text()).anyMatch(x -> x.value().id().equals(a.entry().id()));
    }
  }
}
