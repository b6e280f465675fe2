package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped outlet dictionary and its format. */
class OutletsTest {
  private final Outlets outlets = Outlets.bundled();

  private static Outlets parse(String tsv) throws Exception {
    return Outlets.parse(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void bundledDictionaryHasAVersionAndAtLeastEightyOutlets() {
    assertThat(outlets.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
    assertThat(outlets.all()).hasSizeGreaterThanOrEqualTo(80);
  }

  @Test
  void outletsTheBriefNamesAreThere() {
    for (String name :
        List.of(
            "Baladi News",
            "Enab Baladi",
            "SANA",
            "SOHR",
            "Al Jazeera",
            "Al Arabiya",
            "Orient News",
            "Step News",
            "Qasioun News",
            "Zaman al-Wasl",
            "Smart News",
            "Syria TV",
            "Sky News Arabia",
            "BBC Arabic",
            "France 24",
            "RT Arabic",
            "Al Mayadeen",
            "Al Manar",
            "Reuters",
            "AFP",
            "AP",
            "Anadolu Agency",
            "Shafaq News",
            "Rudaw",
            "Kurdistan 24",
            "Hawar News Agency",
            "Saba",
            "Al Masirah",
            "Libya Observer",
            "Al Wasat",
            "Sudan Tribune",
            "Radio Dabanga",
            "Garowe Online",
            "Hiiraan Online",
            "WAFA",
            "Maan News Agency",
            "Times of Israel",
            "Asharq Al-Awsat",
            "Al-Quds Al-Arabi",
            "Al Sumaria",
            "Iraqi News Agency",
            "Ahram",
            "MENA")) {
      assertThat(outlets.exact(name)).as(name).map(m -> m.outlet().name()).contains(name);
    }
  }

  @Test
  void arabicNamesResolveToCanonicalEnglishNames() {
    assertThat(outlets.exact("بلدي نيوز")).map(m -> m.outlet().name()).contains("Baladi News");
    assertThat(outlets.exact("عنب بلدي")).map(m -> m.outlet().name()).contains("Enab Baladi");
    assertThat(outlets.exact("سانا")).map(m -> m.outlet().name()).contains("SANA");
    assertThat(outlets.exact("المرصد السوري لحقوق الإنسان"))
        .map(m -> m.outlet().name())
        .contains("SOHR");
    assertThat(outlets.exact("أورينت")).map(m -> m.outlet().name()).contains("Orient News");
    assertThat(outlets.exact("زمان الوصل")).map(m -> m.outlet().name()).contains("Zaman al-Wasl");
  }

  @Test
  void everyVariantResolvesToItsOwnOutlet() {
    for (Outlet o : outlets.all()) {
      for (String v : o.variants()) {
        assertThat(outlets.exact(v)).as(v).map(m -> m.outlet().name()).contains(o.name());
      }
    }
  }

  @Test
  void ambiguousVariantsAreMarked() {
    assertThat(outlets.exact("الجزيرة")).map(Outlets.Match::ambiguous).contains(true);
    assertThat(outlets.exact("الجزيرة نت")).map(Outlets.Match::ambiguous).contains(false);
  }

  @Test
  void columnsAreRead() {
    Outlet sana = outlets.exact("SANA").orElseThrow().outlet();
    assertThat(sana.country()).isEqualTo("SYR");
    assertThat(sana.scope()).isEqualTo(Outlet.Scope.NATIONAL);
    assertThat(sana.partisan()).contains("government");
    assertThat(outlets.exact("Reuters").orElseThrow().outlet().partisan()).isEmpty();
  }

  @Test
  void aKeyOfTwoOutletsIsRejectedWithBothLines() {
    assertThatThrownBy(
            () ->
                parse(
                    "# version: 1\nname\tcountry\tscope\tpartisan\tvariants\nA\tSYR\tlocal\t-\tfoo\nB\tSYR\tlocal\t-\tFoo\n"))
        .hasMessage(
            "test.tsv:4 column 'variants': 'Foo' (key 'foo') already names A on line 3. Keep it"
                + " for one outlet only");
  }

  @Test
  void missingVersionLineIsRejected() {
    assertThatThrownBy(
            () -> parse("name\tcountry\tscope\tpartisan\tvariants\nA\tSYR\tlocal\t-\tfoo\n"))
        .hasMessageContaining("version line");
  }

  @Test
  void badScopeIsRejectedWithItsLine() {
    assertThatThrownBy(
            () ->
                parse(
                    "# version: 1\nname\tcountry\tscope\tpartisan\tvariants\nA\tSYR\tglobal\t-\tfoo\n"))
        .hasMessage(
            "test.tsv:3 column 'scope': unknown scope 'global'. Write local, national or"
                + " international");
  }

  @Test
  void wrongColumnCountIsRejected() {
    assertThatThrownBy(
            () -> parse("# version: 1\nname\tcountry\tscope\tpartisan\tvariants\nA\tSYR\tlocal\n"))
        .hasMessageStartingWith(
            "test.tsv:3: the row has 3 tab-separated fields but the header has 5");
  }

  @Test
  void unknownNameIsEmpty() {
    assertThat(outlets.exact("It's Over 9000!")).isEqualTo(Optional.empty());
  }
}
