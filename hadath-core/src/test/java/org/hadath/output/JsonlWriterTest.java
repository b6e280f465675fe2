package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String jsonl(org.hadath.model.DocumentResult... rs) {
    return Golden.write(out -> new JsonlWriter(out, Samples.PROVENANCE), rs);
  }

  @Test
  void processedDocumentMatchesGoldenLine() {
    Golden.assertMatches(
        "processed.jsonl",
        jsonl(Samples.processed(Samples.airStrike(), Samples.clashWithAssociates())));
  }

  @Test
  void emptyEventMatchesGoldenLine() {
    Golden.assertMatches("bare-event.jsonl", jsonl(Samples.processed(Samples.bare())));
  }

  @Test
  void skippedAndFailedDocumentsMatchGoldenLines() {
    Golden.assertMatches("skipped-failed.jsonl", jsonl(Samples.skipped(), Samples.failed()));
  }

  @Test
  void oneLinePerDocumentInOrder() throws Exception {
    String out = jsonl(Samples.failed(), Samples.processed(Samples.bare()), Samples.skipped());
    assertThat(out).endsWith("\n");
    String[] lines = out.split("\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(lines[3]).isEmpty();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(JSON.readTree(lines[i]).get("id").asText());
    }
    assertThat(ids).containsExactly("empty.txt", "seed-1", "notes.txt");
  }

  @Test
  void arabicIsWrittenAsUtf8NotEscaped() {
    String out = jsonl(Samples.processed(Samples.airStrike()));
    assertThat(out).contains("\"actor1_ar\":\"التحالف الدولي\"").doesNotContain("\\u");
  }

  @Test
  void eventFieldsAreTheContractFieldsInOrder() throws Exception {
    JsonNode event =
        JSON.readTree(jsonl(Samples.processed(Samples.airStrike()))).get("events").get(0);
    List<String> names = new ArrayList<>();
    event.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(EventFields.ALL);
  }

  @Test
  void documentFieldsStartWithTheContractFields() throws Exception {
    JsonNode doc = JSON.readTree(jsonl(Samples.processed(Samples.airStrike())));
    List<String> names = new ArrayList<>();
    doc.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "id",
            "language",
            "title",
            "outlet",
            "author",
            "published",
            "events",
            "problems",
            "provenance",
            "status",
            "reason",
            "source",
            "url",
            "dateline");
  }

  @Test
  void absentActorsAreEmptyStringsAndAbsentNumbersNull() throws Exception {
    JsonNode e = JSON.readTree(jsonl(Samples.processed(Samples.bare()))).get("events").get(0);
    assertThat(e.get("actor1").textValue()).isEmpty();
    assertThat(e.get("actor2_ar").textValue()).isEmpty();
    assertThat(e.get("inter1").intValue()).isZero();
    assertThat(e.get("latitude").isNull()).isTrue();
    assertThat(e.get("event_date").isNull()).isTrue();
    assertThat(e.get("fatalities_high").isNull()).isTrue();
    assertThat(e.get("wounded").isNull()).isTrue();
    assertThat(e.get("date_text").textValue()).isEmpty();
    assertThat(e.get("geo_precision").intValue()).isEqualTo(3);
  }

  @Test
  void associatedActorsAreJoinedBySemicolonSpace() throws Exception {
    JsonNode e =
        JSON.readTree(jsonl(Samples.processed(Samples.clashWithAssociates()))).get("events").get(0);
    assertThat(e.get("assoc_actor_1").textValue())
        .isEqualTo("YPG: Peoples Protection Units; International Coalition");
  }

  @Test
  void evidenceOffsetsPointAtTheirWords() throws Exception {
    JsonNode e = JSON.readTree(jsonl(Samples.processed(Samples.airStrike()))).get("events").get(0);
    JsonNode ev = e.get("evidence").get("wounded").get(0);
    assertThat(Samples.TEXT.substring(ev.get("start").intValue(), ev.get("end").intValue()))
        .isEqualTo(ev.get("text").textValue())
        .isEqualTo("أكثر من 20");
  }

  @Test
  void provenanceDictionariesAreSortedByName() {
    String out = jsonl(Samples.failed());
    assertThat(out)
        .contains(
            "\"provenance\":{\"hadath\":\"0.1.0\",\"dictionaries\":{\"actors\":\"2025-11-25.2\","
                + "\"triggers.ar\":\"2025-11-25.1\"}}");
  }
}
