package org.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Event;
import org.hadath.resolve.place.Gazetteer;
import org.junit.jupiter.api.Test;

class PlaceScoresTest {
  private static Reader resource(String name) {
    return new InputStreamReader(
        PlaceScoresTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
  }

  private static List<GoldDocument> read(String name) throws Exception {
    return PitfReader.read(resource(name), name, Gazetteer.defaultGazetteer());
  }

  @Test
  void pitfTabRowsBecomeDocumentsWithOneGoldPlace() throws Exception {
    List<GoldDocument> docs = read("pitf-invented.tsv");
    assertThat(docs)
        .extracting(GoldDocument::id)
        .containsExactly("row 1 Aleppo", "row 2 Douma", "row 3 Baghdad");
    GoldDocument d = docs.get(0);
    assertThat(d.published()).contains(LocalDate.of(2017, 6, 14));
    assertThat(d.page()).isFalse();
    GoldEvent g = d.events().get(0);
    assertThat(g.latitude()).contains(36.2021);
    assertThat(g.longitude()).contains(37.1343);
    assertThat(g.admin1()).contains("Aleppo");
    assertThat(g.fatalities()).contains(3);
    assertThat(g.location()).isEmpty();
  }

  @Test
  void pitfUnknownDayIsTheFirstOfTheMonthAndEscapedQuotesAreUnescaped() throws Exception {
    GoldDocument d = read("pitf-invented.tsv").get(1);
    assertThat(d.published()).contains(LocalDate.of(2016, 3, 1));
    assertThat(d.text()).contains("\"activists\"").doesNotContain("\\");
  }

  @Test
  void pitfRegionIsScoredOnlyWhenItIsAKnownAdmin1OfTheCountry() throws Exception {
    List<GoldDocument> docs = read("pitf-invented.tsv");
    assertThat(docs.get(1).events().get(0).admin1()).contains("Rural Damascus");
    assertThat(docs.get(2).events().get(0).admin1()).isEmpty(); // "Central"
    assertThat(read("pitf-invented.csv").get(0).events().get(0).admin1()).contains("Baghdad");
  }

  @Test
  void pitfMultipleLocationsRowsAreSkipped() throws Exception {
    assertThat(read("pitf-invented.tsv")).noneMatch(d -> d.text().contains("daily death total"));
  }

  @Test
  void pitfCommaSeparatedRowsAreReadToo() throws Exception {
    List<GoldDocument> docs = read("pitf-invented.csv");
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).text())
        .isEqualTo("Invented row: a bomb exploded in Baghdad, police said.");
  }

  @Test
  void pitfHeaderWithoutDescriptionIsAFormatError() {
    assertThatThrownBy(
            () ->
                PitfReader.read(
                    new StringReader("latitude\tlongitude\tstart_day\tstart_month\tstart_year\n"),
                    "x.tsv",
                    Gazetteer.defaultGazetteer()))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("x.tsv:1")
        .hasMessageContaining("description");
  }

  private static GoldEvent gold(double lat, double lon, Optional<String> admin1, Integer killed) {
    return new GoldEvent(
        "",
        "",
        List.of(),
        List.of(),
        admin1,
        List.of(),
        Optional.of(lat),
        Optional.of(lon),
        Optional.empty(),
        Optional.ofNullable(killed),
        false,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void bestEventIsTheOneWithTheGoldFatalitiesNotTheNearest() {
    Event near = Events.strike("X", "Raqqa", 35.95, 39.01, 1);
    Event far = Events.strike("X", "Aleppo", 36.20, 37.13, 4);
    GoldEvent g = gold(35.95, 39.01, Optional.of("Ar-Raqqa"), 4);
    assertThat(PlaceScores.best(g, List.of(near, far))).contains(far);
    assertThat(PlaceScores.best(gold(35.95, 39.01, Optional.empty(), null), List.of(near, far)))
        .contains(near);
  }

  @Test
  void locationWithin25KmAndAdmin1AreCountedOverAllDocuments() {
    PlaceScores s = new PlaceScores();
    GoldEvent g = gold(35.95, 39.01, Optional.of("Ar-Raqqa"), null);
    PlaceScores.Verdict right = s.add(g, List.of(Events.strike("X", "Raqqa", 35.90, 39.10, 1)));
    assertThat(right.locationRight()).isTrue();
    assertThat(right.admin1Right()).contains(true);
    PlaceScores.Verdict none = s.add(g, List.of());
    assertThat(none.event()).isEmpty();
    assertThat(none.locationRight()).isFalse();
    assertThat(s.toMap())
        .containsEntry("documents", 2)
        .containsEntry("located", 1)
        .containsEntry("location_right", 1)
        .containsEntry("location", 0.5)
        .containsEntry("location_over_located", 1.0);
  }
}
