package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Checks JSON Lines output against CONTRACT.md: every field present, with its JSON type. */
final class ContractSchema {
  private ContractSchema() {}

  static final ObjectMapper JSON = new ObjectMapper();

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  static final List<String> STRING_FIELDS =
      List.of(
          "event_type",
          "sub_event_type",
          "disorder_type",
          "actor1",
          "assoc_actor_1",
          "actor2",
          "assoc_actor_2",
          "actor1_ar",
          "actor2_ar",
          "country",
          "iso3",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "date_text");

  static final List<String> EVENT_FIELDS =
      List.of(
          "event_type",
          "sub_event_type",
          "disorder_type",
          "actor1",
          "assoc_actor_1",
          "actor2",
          "assoc_actor_2",
          "actor1_ar",
          "actor2_ar",
          "inter1",
          "inter2",
          "interaction",
          "civilian_targeting",
          "country",
          "iso3",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "event_date",
          "time_precision",
          "date_text",
          "fatalities",
          "fatalities_high",
          "wounded",
          "reported_by",
          "evidence");

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts one JSONL document line follows the contract; returns it parsed. */
  static JsonNode checkDocumentLine(String line) {
    JsonNode d = parse(line);
    assertThat(d.isObject()).as(line).isTrue();
    assertThat(d.get("id").isTextual()).as("id").isTrue();
    for (String f : List.of("language", "title", "outlet", "author")) {
      assertThat(d.has(f)).as(f).isTrue();
      assertThat(d.get(f).isTextual() || d.get(f).isNull()).as(f).isTrue();
    }
    JsonNode published = d.get("published");
    assertThat(published).as("published").isNotNull();
    assertThat(published.isNull() || published.textValue().matches(DATE)).as("published").isTrue();
    assertThat(d.get("events").isArray()).as("events").isTrue();
    for (JsonNode e : d.get("events")) {
      checkEvent(e);
    }
    assertThat(d.get("problems").isArray()).as("problems").isTrue();
    for (JsonNode p : d.get("problems")) {
      assertThat(p.get("stage").isTextual()).as("problem stage").isTrue();
      assertThat(p.get("message").isTextual()).as("problem message").isTrue();
    }
    JsonNode prov = d.get("provenance");
    assertThat(prov.get("hadath").isTextual()).as("provenance.hadath").isTrue();
    assertThat(prov.get("dictionaries").isObject()).as("provenance.dictionaries").isTrue();
    prov.get("dictionaries")
        .fields()
        .forEachRemaining(x -> assertThat(x.getValue().isTextual()).as(x.getKey()).isTrue());
    assertThat(d.get("status").textValue()).isIn("processed", "skipped", "failed");
    return d;
  }

  /** Asserts one EVENT object has every contract field with the contract's type. */
  static void checkEvent(JsonNode e) {
    for (String f : EVENT_FIELDS) {
      assertThat(e.has(f)).as("event field " + f).isTrue();
    }
    for (String f : STRING_FIELDS) {
      assertThat(e.get(f).isTextual()).as(f + " is a string").isTrue();
    }
    for (String f : List.of("inter1", "inter2", "interaction", "fatalities")) {
      assertThat(e.get(f).isInt()).as(f + " is an int").isTrue();
    }
    assertThat(e.get("inter1").intValue()).isBetween(0, 8);
    assertThat(e.get("inter2").intValue()).isBetween(0, 8);
    assertThat(e.get("fatalities").intValue()).isNotNegative();
    assertThat(e.get("civilian_targeting").isBoolean()).as("civilian_targeting").isTrue();
    for (String f : List.of("latitude", "longitude")) {
      assertThat(e.get(f).isNumber() || e.get(f).isNull()).as(f).isTrue();
    }
    assertThat(e.get("geo_precision").intValue()).isIn(1, 2, 3);
    assertThat(e.get("geo_precision").isInt()).isTrue();
    assertThat(e.get("time_precision").intValue()).isIn(1, 2, 3);
    assertThat(e.get("time_precision").isInt()).isTrue();
    JsonNode date = e.get("event_date");
    assertThat(date.isNull() || date.textValue().matches(DATE)).as("event_date").isTrue();
    for (String f : List.of("fatalities_high", "wounded")) {
      assertThat(e.get(f).isInt() || e.get(f).isNull()).as(f).isTrue();
    }
    assertThat(e.get("reported_by").isArray()).isTrue();
    e.get("reported_by").forEach(r -> assertThat(r.isTextual()).isTrue());
    JsonNode ev = e.get("evidence");
    assertThat(ev.isObject()).as("evidence").isTrue();
    for (Iterator<Map.Entry<String, JsonNode>> it = ev.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      assertThat(f.getValue().isArray()).as("evidence." + f.getKey()).isTrue();
      for (JsonNode x : f.getValue()) {
        assertThat(x.get("start").isInt()).isTrue();
        assertThat(x.get("end").isInt()).isTrue();
        assertThat(x.get("end").intValue()).isGreaterThanOrEqualTo(x.get("start").intValue());
        assertThat(x.get("text").isTextual()).isTrue();
        assertThat(x.get("rule").isTextual()).isTrue();
      }
    }
  }
}
