package org.hadath.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private final Gazetteer g = Fixture.GAZETTEER;

  @Test
  void kindFollowsFeatureCodeAndPopulation() {
    assertThat(g.place("gn:1").orElseThrow().kind()).isEqualTo(PlaceKind.CITY);
    assertThat(g.place("gn:2").orElseThrow().kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(g.place("gn:3").orElseThrow().kind()).isEqualTo(PlaceKind.VILLAGE);
    assertThat(g.place("gn:9").orElseThrow().kind()).isEqualTo(PlaceKind.TOWN);
    assertThat(g.place("cc:ZZ").orElseThrow().kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(g.place("a1:ZZ.01").orElseThrow().kind()).isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void placesGetCountryAndAdmin1Names() {
    Place p = g.place("gn:9").orElseThrow();
    assertThat(p.countryName()).isEqualTo("Gondor");
    assertThat(p.iso3()).isEqualTo("ZZZ");
    assertThat(p.admin1()).isEqualTo("Ithilien");
  }

  @Test
  void admin1TakesItsSeatsCoordinates() {
    Place a = g.place("a1:ZZ.01").orElseThrow();
    assertThat(a.latitude()).isEqualTo(30.0);
    assertThat(a.longitude()).isEqualTo(40.0);
    // no PPLA in ZZ.02: the most populous place is the seat
    Place b = g.place("a1:ZZ.02").orElseThrow();
    assertThat(b.latitude()).isEqualTo(30.2);
  }

  @Test
  void supplementInheritsFromParent() {
    Place r = g.place("sup:zz-rammas").orElseThrow();
    assertThat(r.kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD);
    assertThat(r.parentId()).contains("gn:1");
    assertThat(r.admin1()).isEqualTo("Anorien");
    assertThat(r.countryName()).isEqualTo("Gondor");
    assertThat(r.latitude()).isEqualTo(30.01);
  }

  @Test
  void amendmentAddsAliasesAndKeepsTheRest() {
    Place o = g.place("gn:2").orElseThrow();
    assertThat(o.population()).isEqualTo(20000);
    assertThat(g.named("أوسجيلياث")).containsExactly(o);
    assertThat(g.named("Osgiliath Ruins")).containsExactly(o);
  }

  @Test
  void namedIgnoresArticleAndTehMarbuta() {
    assertThat(g.named("شرقيه")).extracting(Place::id).containsExactly("gn:10");
    assertThat(g.named("Mundburg")).extracting(Place::id).containsExactly("gn:1");
  }

  @Test
  void stopNamesAreKnown() {
    assertThat(g.isStopName("اليوم")).isTrue();
    assertThat(g.isStopName("يوم")).isTrue();
    assertThat(g.isStopName("بري")).isFalse();
  }

  @Test
  void versionsAreRead() {
    assertThat(g.versions()).containsEntry("countries.tsv", "test");
  }

  @Test
  void userCsvAddsPlaces(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("mine.csv");
    Files.writeString(
        csv,
        "id,kind,name,name_ar,aliases_ar,aliases_en,country,admin1,admin2,admin3,lat,lon,parent,population,note\n"
            + "my-gate,LANDMARK,Great Gate,البوابة الكبرى,,,,,,,,,gn:1,,\n",
        StandardCharsets.UTF_8);
    Gazetteer mine = Gazetteer.load("/org/hadath/resolve/place/fixture/", List.of(csv));
    Place p = mine.place("my-gate").orElseThrow();
    assertThat(p.admin1()).isEqualTo("Anorien");
    assertThat(mine.named("البوابة الكبرى")).containsExactly(p);
  }

  @Test
  void malformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(
        csv,
        "id,kind,name,name_ar,aliases_ar,aliases_en,country,admin1,admin2,admin3,lat,lon,parent,population,note\n"
            + "x,TOWN,X,,,,ZZ,,,,north,40,,,\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.load("/org/hadath/resolve/place/fixture/", List.of(csv)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv:2")
        .hasMessageContaining("'north' is not a number");
  }

  @Test
  void unknownParentIsAnError(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("orphan.csv");
    Files.writeString(
        csv,
        "id,kind,name,name_ar,aliases_ar,aliases_en,country,admin1,admin2,admin3,lat,lon,parent,population,note\n"
            + "x,TOWN,X,,,,,,,,,,gn:999,,\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.load("/org/hadath/resolve/place/fixture/", List.of(csv)))
        .hasMessageContaining("orphan.csv:2")
        .hasMessageContaining("parent 'gn:999' is not a known place id");
  }

  @Test
  void latinNamesAreKnownWithAndWithoutTheFinalH() {
    assertThat(Gazetteer.spellingVariant("Rawah")).contains("Rawa");
    assertThat(Gazetteer.spellingVariant("Dhuluiya")).contains("Dhuluiyah");
    assertThat(Gazetteer.spellingVariant("Al Fallujah")).contains("Al Falluja");
    assertThat(Gazetteer.spellingVariant("Sanaa")).isEmpty();
    assertThat(Gazetteer.spellingVariant("Gaza")).isEmpty();
    assertThat(Gazetteer.spellingVariant("الرقة")).isEmpty();
    assertThat(Fixture.GAZETTEER.named("Ash Sharqiya")).extracting(Place::id).contains("gn:10");
  }
}
