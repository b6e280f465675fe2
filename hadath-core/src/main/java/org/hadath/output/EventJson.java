package org.hadath.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hadath.model.Actor;
import org.hadath.model.Claim;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Location;
import org.hadath.model.Problem;
import org.hadath.model.Provenance;
import org.hadath.model.ReportSource;
import org.hadath.model.Unresolved;

/**
 * Writes documents and events as JSON in the contract's schema, field by field on a streaming
 * {@link JsonGenerator}. Shared by the JSON Lines and GeoJSON writers, the store and the server.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>field names and order as in CONTRACT.md, hadath's extensions after them;
 *   <li>an absent actor is {@code ""}, and so are its Arabic name; its inter code is 0;
 *   <li>associated actors are their names joined by {@code "; "};
 *   <li>an event without a location has {@code ""} for country, iso3, admin1..3 and location,
 *       {@code null} coordinates and geo_precision 3 (ACLED's coarsest);
 *   <li>{@code event_date}, {@code fatalities_high}, {@code wounded}, {@code latitude} and {@code
 *       longitude} are {@code null} when unknown; {@code date_text} is {@code ""};
 *   <li>document metadata (title, outlet, author, published, url, dateline, language) is {@code
 *       null} when unknown;
 *   <li>problems carry {@code stage}, {@code message} and hadath's {@code severity} ({@code
 *       "warning"} or {@code "error"});
 *   <li>provenance dictionaries are written sorted by name, so outputs compare byte for byte;
 *   <li>{@code actor1_unresolved}, {@code actor2_unresolved} and {@code location_unresolved} (names
 *       no dictionary knows, for slots left empty) are written only when present, after {@code
 *       claims};
 *   <li>{@code duplicate_of} (the id of the earlier document a near-duplicate copies) is written
 *       only on near-duplicates, after the other extensions;
 *   <li>text is written as UTF-8: Arabic is never {@code \\u}-escaped.
 * </ul>
 */
public final class EventJson {
  /** Separator between associated actor names, as ACLED writes it. */
  public static final String ACTOR_SEPARATOR = "; ";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private EventJson() {}

  /** A UTF-8 generator on {@code out} that never closes it and separates nothing by itself. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setRootValueSeparator(null);
    return g;
  }

  /** Writes one input document's result as a JSON object (one JSONL line without its newline). */
  public static void writeDocument(JsonGenerator g, DocumentResult r, Provenance provenance)
      throws IOException {
    Optional<Document> doc = r.document();
    g.writeStartObject();
    g.writeStringField("id", r.id());
    Optional<String> lang =
        r.language().or(() -> doc.flatMap(Document::language)).map(l -> l.code());
    writeOptional(g, "language", lang);
    writeOptional(g, "title", doc.flatMap(Document::title));
    writeOptional(g, "outlet", doc.flatMap(Document::outlet));
    writeOptional(g, "author", doc.flatMap(Document::author));
    writeOptional(g, "published", doc.flatMap(Document::published).map(Object::toString));
    g.writeArrayFieldStart("events");
    for (Event e : r.events()) {
      writeEvent(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      writeProblem(g, p);
    }
    g.writeEndArray();
    writeProvenance(g, provenance);
    // hadath's extensions
    g.writeStringField("status", status(r.status()));
    writeOptional(g, "reason", r.reason());
    g.writeStringField("source", r.source());
    writeOptional(g, "url", doc.flatMap(Document::url));
    writeOptional(g, "dateline", doc.flatMap(Document::dateline));
    if (r.duplicateOf().isPresent()) {
      g.writeStringField("duplicate_of", r.duplicateOf().get());
    }
    g.writeEndObject();
  }

  /** The status as written in outputs: {@code processed}, {@code skipped}, {@code failed}. */
  public static String status(DocumentResult.Status s) {
    return switch (s) {
      case PROCESSED -> "processed";
      case SKIPPED -> "skipped";
      case FAILED -> "failed";
    };
  }

  /** Writes one event as a JSON object. */
  public static void writeEvent(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    writeEventFields(g, e);
    g.writeEndObject();
  }

  /** Writes the EVENT fields into the object {@code g} is in (for GeoJSON properties). */
  public static void writeEventFields(JsonGenerator g, Event e) throws IOException {
    g.writeStringField(EventFields.EVENT_TYPE, e.eventType());
    g.writeStringField(EventFields.SUB_EVENT_TYPE, e.subEventType());
    g.writeStringField(EventFields.DISORDER_TYPE, e.disorderType());
    g.writeStringField(EventFields.ACTOR1, actorName(e.actor1()));
    g.writeStringField(EventFields.ASSOC_ACTOR_1, joinActors(e.assocActors1()));
    g.writeStringField(EventFields.ACTOR2, actorName(e.actor2()));
    g.writeStringField(EventFields.ASSOC_ACTOR_2, joinActors(e.assocActors2()));
    g.writeStringField(EventFields.ACTOR1_AR, e.actor1().map(Actor::nameAr).orElse(""));
    g.writeStringField(EventFields.ACTOR2_AR, e.actor2().map(Actor::nameAr).orElse(""));
    g.writeNumberField(EventFields.INTER1, e.inter1());
    g.writeNumberField(EventFields.INTER2, e.inter2());
    g.writeNumberField(EventFields.INTERACTION, e.interaction());
    g.writeBooleanField(EventFields.CIVILIAN_TARGETING, e.civilianTargeting());
    Optional<Location> loc = e.location();
    g.writeStringField(EventFields.COUNTRY, loc.map(Location::country).orElse(""));
    g.writeStringField(EventFields.ISO3, loc.map(Location::iso3).orElse(""));
    g.writeStringField(EventFields.ADMIN1, loc.map(Location::admin1).orElse(""));
    g.writeStringField(EventFields.ADMIN2, loc.map(Location::admin2).orElse(""));
    g.writeStringField(EventFields.ADMIN3, loc.map(Location::admin3).orElse(""));
    g.writeStringField(EventFields.LOCATION, loc.map(Location::name).orElse(""));
    writeOptionalNumber(g, EventFields.LATITUDE, loc.flatMap(Location::latitude));
    writeOptionalNumber(g, EventFields.LONGITUDE, loc.flatMap(Location::longitude));
    g.writeNumberField(EventFields.GEO_PRECISION, geoPrecision(e));
    writeOptional(g, EventFields.EVENT_DATE, e.date().map(Object::toString));
    g.writeNumberField(EventFields.TIME_PRECISION, e.timePrecision());
    g.writeStringField(EventFields.DATE_TEXT, e.dateText().orElse(""));
    g.writeNumberField(EventFields.FATALITIES, e.fatalities());
    writeOptionalInt(g, EventFields.FATALITIES_HIGH, e.fatalitiesHigh());
    writeOptionalInt(g, EventFields.WOUNDED, e.wounded());
    g.writeArrayFieldStart(EventFields.REPORTED_BY);
    for (String s : e.reportedBy()) {
      g.writeString(s);
    }
    g.writeEndArray();
    // hadath's extensions: the kind of each source, and each source's own figures
    g.writeArrayFieldStart(EventFields.SOURCES);
    for (ReportSource s : e.sources()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      g.writeStringField("scope", s.scope());
      g.writeStringField("partisan", s.partisan());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart(EventFields.CLAIMS);
    for (Claim c : e.claims()) {
      g.writeStartObject();
      g.writeStringField("source", c.source());
      g.writeStringField("field", c.field());
      g.writeNumberField("value", c.low());
      g.writeNumberField("start", c.span().start());
      g.writeNumberField("end", c.span().end());
      g.writeStringField("text", c.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    // hadath's extension: names no dictionary knows, only when the tagger proposed one
    Unresolved u = e.unresolved();
    writeIfPresent(g, EventFields.ACTOR1_UNRESOLVED, u.actor1());
    writeIfPresent(g, EventFields.ACTOR2_UNRESOLVED, u.actor2());
    writeIfPresent(g, EventFields.LOCATION_UNRESOLVED, u.location());
    g.writeObjectFieldStart(EventFields.EVIDENCE);
    for (Map.Entry<String, List<Evidence>> f : e.evidence().entrySet()) {
      g.writeArrayFieldStart(f.getKey());
      for (Evidence ev : f.getValue()) {
        g.writeStartObject();
        g.writeNumberField("start", ev.span().start());
        g.writeNumberField("end", ev.span().end());
        g.writeStringField("text", ev.text());
        g.writeStringField("rule", ev.rule());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes a problem: {@code {"stage", "message", "severity"}}. */
  public static void writeProblem(JsonGenerator g, Problem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("stage", p.stage());
    g.writeStringField("message", p.message());
    g.writeStringField("severity", p.severity() == Problem.Severity.ERROR ? "error" : "warning");
    g.writeEndObject();
  }

  /** Writes {@code "provenance": {"hadath": …, "dictionaries": {…}}}. */
  public static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeObjectFieldStart("provenance");
    g.writeStringField("hadath", p.hadath());
    g.writeObjectFieldStart("dictionaries");
    for (Map.Entry<String, String> d : new TreeMap<>(p.dictionaries()).entrySet()) {
      g.writeStringField(d.getKey(), d.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The ACLED name of an actor, {@code ""} when there is none. */
  public static String actorName(Optional<Actor> a) {
    return a.map(Actor::name).orElse("");
  }

  /** Associated actors' names joined by {@code "; "}, {@code ""} when there are none. */
  public static String joinActors(List<Actor> actors) {
    if (actors.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Actor a : actors) {
      if (sb.length() > 0) {
        sb.append(ACTOR_SEPARATOR);
      }
      sb.append(a.name());
    }
    return sb.toString();
  }

  /** The event's geo precision: the location's, or 3 (ACLED's coarsest) when it has none. */
  public static int geoPrecision(Event e) {
    return e.location().map(Location::geoPrecision).orElse(3);
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeIfPresent(JsonGenerator g, String name, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private static void writeOptionalNumber(JsonGenerator g, String name, Optional<Double> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeOptionalInt(JsonGenerator g, String name, Optional<Integer> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }
}
