package org.hadath.apitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.ingest.Ingest;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.IngestStream;
import org.hadath.ingest.Ingested;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.output.EventJson;
import org.hadath.pipeline.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical input end to end, through ingest and the standard pipeline with the shipped
 * dictionaries: a coalition air strike on al-Mishlab in Raqqa (Wednesday) and the regime-led
 * offensive on the Islamic State in Raqqa province (Thursday), nothing from the related-articles
 * list, Baladi News as the outlet, and evidence for every field.
 */
class SeedGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Document doc;
  private static DocumentResult result;
  private static JsonNode strike;
  private static JsonNode offensive;

  @BeforeAll
  static void run() throws IOException, URISyntaxException {
    Path seed =
        Path.of(SeedGoldenTest.class.getResource("/ingest/seed/000_82c0b5339c11801b.txt").toURI());
    IngestOptions options =
        new IngestOptions(
            IngestOptions.defaults().format(),
            Optional.of(LocalDate.parse("2017-06-15")),
            IngestOptions.DEFAULT_MAX_DOCUMENT_CHARS);
    List<Ingested> read = new ArrayList<>();
    try (IngestStream in = Ingest.open(List.of(seed.toString()), options)) {
      in.forEach(read::add);
    }
    assertThat(read).hasSize(1);
    doc = ((Ingested.Read) read.get(0)).document();
    result = Pipelines.standard().process(doc);
    for (Event e : result.events()) {
      JsonNode n = json(e);
      if (n.get("sub_event_type").asText().equals("Air/drone strike")) {
        strike = n;
      } else {
        offensive = n;
      }
    }
  }

  @Test
  void twoEventsAndNothingFromTheRelatedList() {
    assertThat(result.status()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(result.events()).hasSize(2);
    int related = doc.text().indexOf("مقالات ذات صلة");
    for (Event e : result.events()) {
      for (Evidence ev : e.allEvidence()) {
        assertThat(ev.span().start()).as(ev.toString()).isLessThan(related);
      }
    }
  }

  @Test
  void outletIsBaladiNewsNotTheAggregator() {
    assertThat(doc.outlet()).contains("Baladi News");
    assertThat(doc.title().orElseThrow()).doesNotContain("Over 9000");
    assertThat(doc.author()).contains("مأمون السيد");
  }

  @Test
  void coalitionAirStrikeOnMishlab() {
    assertThat(strike).as("the air strike").isNotNull();
    assertThat(strike.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(strike.get("actor1").asText()).isEqualTo("Global Coalition Against Daesh");
    assertThat(strike.get("actor2").asText()).isEqualTo("Civilians (Syria)");
    assertThat(strike.get("civilian_targeting").asBoolean()).isTrue();
    assertThat(strike.get("interaction").asInt()).isEqualTo(78);
    assertThat(strike.get("country").asText()).isEqualTo("Syria");
    assertThat(strike.get("iso3").asText()).isEqualTo("SYR");
    assertThat(strike.get("admin1").asText()).isEqualTo("Ar-Raqqa");
    assertThat(strike.get("location").asText()).isEqualTo("al-Mishlab");
    assertThat(strike.get("geo_precision").asInt()).isEqualTo(1);
    assertThat(strike.get("fatalities").asInt()).isEqualTo(10);
    assertThat(strike.get("fatalities_high").asInt()).isEqualTo(10);
    assertThat(strike.get("wounded").asInt()).isEqualTo(21);
    assertThat(strike.get("date_text").asText()).isEqualTo("أمس الأربعاء");
    assertThat(strike.get("event_date").asText()).isEqualTo("2017-06-14");
    assertThat(strike.get("time_precision").asInt()).isEqualTo(1);
    assertThat(strike.get("reported_by").toString()).isEqualTo("[\"field sources\"]");
    assertThat(texts(strike, "location")).contains("حي المشلب");
  }

  @Test
  void regimeOffensiveOnIslamicStateInRaqqaProvince() {
    assertThat(offensive).as("the offensive").isNotNull();
    assertThat(offensive.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(offensive.get("sub_event_type").asText())
        .isEqualTo("Shelling/artillery/missile attack");
    assertThat(offensive.get("actor1").asText()).isEqualTo("Military Forces of Syria (2000-2024)");
    assertThat(offensive.get("assoc_actor_1").asText())
        .isEqualTo(
            "NDF: National Defence Forces; SDF: Syrian Democratic Forces; YPG: People's Protection Units");
    assertThat(offensive.get("actor2").asText()).isEqualTo("Islamic State (Syria)");
    assertThat(offensive.get("civilian_targeting").asBoolean()).isFalse();
    assertThat(offensive.get("admin1").asText()).isEqualTo("Ar-Raqqa");
    assertThat(offensive.get("date_text").asText()).isEqualTo("اليوم الخميس");
    assertThat(offensive.get("event_date").asText()).isEqualTo("2017-06-15");
    assertThat(offensive.get("fatalities").asInt()).isZero();
    assertThat(offensive.get("reported_by").toString())
        .isEqualTo("[\"military sources\",\"loyalist media\"]");
  }

  @Test
  void everyFieldHasEvidenceQuotingTheText() {
    for (Event e : result.events()) {
      JsonNode n = json(e);
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        JsonNode v = f.getValue();
        boolean empty =
            f.getKey().equals("evidence")
                || v.isNull()
                || (v.isTextual() && v.asText().isEmpty())
                || (v.isArray() && v.isEmpty());
        if (!empty) {
          assertThat(e.evidence(f.getKey())).as("evidence for " + f.getKey()).isNotEmpty();
        }
      }
      for (Evidence ev : e.allEvidence()) {
        assertThat(ev.text()).isEqualTo(doc.text().substring(ev.span().start(), ev.span().end()));
        assertThat(ev.rule()).isNotBlank();
      }
    }
  }

  private static List<String> texts(JsonNode event, String field) {
    List<String> out = new ArrayList<>();
    event.get("evidence").get(field).forEach(e -> out.add(e.get("text").asText()));
    return out;
  }

  private static JsonNode json(Event e) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var g = EventJson.generator(out)) {
        EventJson.writeEvent(g, e);
      }
      return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
