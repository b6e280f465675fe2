package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvWriterTest {
  private static String csv(org.hadath.model.DocumentResult... rs) {
    return Golden.write(AcledCsvWriter::new, rs);
  }

  @Test
  void headerIsAcledsThirtyOneColumnsInOrder() {
    String header = csv().split("\r\n")[0];
    assertThat(header)
        .isEqualTo(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                + "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
                + "location,latitude,longitude,geo_precision,source,source_scale,notes,"
                + "fatalities,tags,timestamp");
    assertThat(AcledCsvWriter.COLUMNS).hasSize(31).doesNotHaveDuplicates();
  }

  @Test
  void rowsMatchGoldenFile() {
    Golden.assertMatches(
        "events.csv",
        csv(
            Samples.skipped(),
            Samples.processed(Samples.airStrike(), Samples.clashWithAssociates(), Samples.bare()),
            Samples.failed()));
  }

  @Test
  void documentsWithoutEventsWriteNoRows() {
    assertThat(csv(Samples.skipped(), Samples.failed()).split("\r\n")).hasSize(1);
  }

  @Test
  void isoIsTheNumericCodeAndRegionTheAcledRegion() {
    List<String> row = fields(csv(Samples.processed(Samples.airStrike())).split("\r\n")[1]);
    assertThat(row.get(AcledCsvWriter.COLUMNS.indexOf("iso"))).isEqualTo("760");
    assertThat(row.get(AcledCsvWriter.COLUMNS.indexOf("region"))).isEqualTo("Middle East");
  }

  @Test
  void civilianTargetingIsAcledsWordingOrEmpty() {
    String[] lines =
        csv(Samples.processed(Samples.airStrike(), Samples.clashWithAssociates())).split("\r\n");
    int col = AcledCsvWriter.COLUMNS.indexOf("civilian_targeting");
    assertThat(fields(lines[1]).get(col)).isEqualTo("Civilian targeting");
    assertThat(fields(lines[2]).get(col)).isEmpty();
  }

  @Test
  void coordinatesHaveFourDecimals() {
    assertThat(AcledCsvWriter.coordinate(35.95)).isEqualTo("35.9500");
    assertThat(AcledCsvWriter.coordinate(-0.00001)).isEqualTo("0.0000");
    assertThat(AcledCsvWriter.coordinate(39.02535)).isEqualTo("39.0254");
  }

  @Test
  void fieldsWithCommaQuoteOrNewlineAreQuotedAndQuotesDoubled() {
    var doc = Samples.document().toBuilder().outlet("Baladi, \"News\"\nSyria").build();
    var r =
        new org.hadath.model.DocumentResult(
            doc.id(),
            doc.source(),
            java.util.Optional.of(doc),
            java.util.Optional.empty(),
            org.hadath.model.DocumentResult.Status.PROCESSED,
            java.util.Optional.empty(),
            List.of(Samples.bare()),
            List.of());
    String out = csv(r);
    assertThat(out).contains(",\"Baladi, \"\"News\"\"\nSyria\",");
  }

  /** Splits one CSV line without embedded newlines (enough for these rows). */
  private static List<String> fields(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
