package org.hadath.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hadath.extract.CasualtyFinder;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.TriggerLexicon;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Language;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.output.EventJson;
import org.hadath.pipeline.CalendarTimes;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PETRARCH-style golden rule tests: one case per file in {@code golden/rules}, each with an id, the
 * input, the expected events (only the fields listed are compared, exactly) and a line saying what
 * it checks; a case without "published" is an undated report. They run on the fictional test
 * dictionaries ({@link TestLexicons}).
 */
class GoldenRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pipeline PIPELINE =
      Pipelines.of(
          new EventExtractor(
              TriggerLexicon.standard(),
              new TestLexicons.Actors(),
              new TestLexicons.Sources(),
              new TestLexicons.Places(),
              CalendarTimes.standard(),
              CasualtyFinder.standard(),
              EventTaxonomy.standard()));

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(GoldenRulesTest.class.getResource("/org/hadath/golden/rules").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
          .map(p -> Arguments.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String name, Path file) throws IOException {
    JsonNode c;
    try (InputStream in = Files.newInputStream(file)) {
      c = JSON.readTree(in);
    }
    String text = c.get("text").asText();
    Document doc =
        Document.builder(c.get("id").asText(), name, text)
            .language(Language.fromCode(c.get("language").asText()).orElseThrow())
            .published(
                c.hasNonNull("published") ? LocalDate.parse(c.get("published").asText()) : null)
            .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, text.length()))))
            .build();
    DocumentResult r = PIPELINE.process(doc);
    String why = c.get("id").asText() + " checks: " + c.get("checks").asText();
    JsonNode expected = c.get("events");
    List<Event> events = r.events();
    String actual = render(events);
    assertThat(events).as(why + "\nactual: " + actual).hasSize(expected.size());
    for (int i = 0; i < events.size(); i++) {
      JsonNode got = JSON.readTree(render(List.of(events.get(i)))).get(0);
      for (Map.Entry<String, JsonNode> f : expected.get(i).properties()) {
        assertThat(got.get(f.getKey()))
            .as(why + "\nfield " + f.getKey() + " of event " + i + "\nactual: " + actual)
            .isEqualTo(f.getValue());
      }
      assertEvidence(doc, events.get(i), got, why);
    }
  }

  /**
   * Every non-empty field has evidence, and every piece of evidence quotes the text at its span.
   */
  static void assertEvidence(Document doc, Event e, JsonNode got, String why) {
    for (Map.Entry<String, JsonNode> f : got.properties()) {
      JsonNode v = f.getValue();
      boolean empty =
          v.isNull()
              || (v.isTextual() && v.asText().isEmpty())
              || (v.isArray() && v.isEmpty())
              || f.getKey().equals("evidence")
              || (v.isInt() && v.asInt() == 0 && f.getKey().startsWith("inter"));
      if (!empty) {
        assertThat(e.evidence(f.getKey())).as(why + ": evidence for " + f.getKey()).isNotEmpty();
      }
    }
    for (Evidence ev : e.allEvidence()) {
      assertThat(ev.text()).isEqualTo(doc.text().substring(ev.span().start(), ev.span().end()));
      assertThat(ev.rule()).isNotBlank();
    }
  }

  static String render(List<Event> events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var g = EventJson.generator(out)) {
      g.writeStartArray();
      for (Event e : events) {
        EventJson.writeEvent(g, e);
      }
      g.writeEndArray();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
