package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String geojson(org.hadath.model.DocumentResult... rs) {
    return Golden.write(GeoJsonWriter::new, rs);
  }

  @Test
  void featuresMatchGoldenFile() {
    Golden.assertMatches(
        "events.geojson",
        geojson(
            Samples.failed(),
            Samples.processed(Samples.airStrike(), Samples.clashWithAssociates())));
  }

  @Test
  void emptyRunIsAnEmptyFeatureCollection() throws Exception {
    JsonNode fc = JSON.readTree(geojson());
    assertThat(fc.get("type").textValue()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features").isArray()).isTrue();
    assertThat(fc.get("features")).isEmpty();
  }

  @Test
  void pointCoordinatesAreLongitudeThenLatitude() throws Exception {
    JsonNode f = JSON.readTree(geojson(Samples.processed(Samples.airStrike()))).get("features");
    JsonNode g = f.get(0).get("geometry");
    assertThat(g.get("type").textValue()).isEqualTo("Point");
    assertThat(g.get("coordinates").get(0).doubleValue()).isEqualTo(39.0253);
    assertThat(g.get("coordinates").get(1).doubleValue()).isEqualTo(35.9528);
  }

  @Test
  void eventWithoutCoordinatesHasNullGeometry() throws Exception {
    JsonNode f = JSON.readTree(geojson(Samples.processed(Samples.bare()))).get("features").get(0);
    assertThat(f.has("geometry")).isTrue();
    assertThat(f.get("geometry").isNull()).isTrue();
  }

  @Test
  void propertiesCarryDocIdEventIndexAndEveryEventField() throws Exception {
    JsonNode fs =
        JSON.readTree(
                geojson(Samples.processed(Samples.airStrike(), Samples.clashWithAssociates())))
            .get("features");
    assertThat(fs).hasSize(2);
    JsonNode p = fs.get(1).get("properties");
    assertThat(p.get("doc_id").textValue()).isEqualTo("seed-1");
    assertThat(p.get("event_index").intValue()).isEqualTo(1);
    for (String field : EventFields.ALL) {
      assertThat(p.has(field)).as(field).isTrue();
    }
  }
}
