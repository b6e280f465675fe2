package org.hadath.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Location;

/**
 * A GeoJSON (RFC 7946) FeatureCollection with one Feature per event, streamed one feature per line.
 *
 * <ul>
 *   <li>geometry is a Point {@code [longitude, latitude]} (RFC 7946 order), or {@code null} when
 *       the event has no coordinates (allowed by RFC 7946 §3.2);
 *   <li>properties are the EVENT fields with their JSON Lines names and types, preceded by {@code
 *       doc_id} (the input document's id) and {@code event_index} (the event's position in that
 *       document's {@code events}, from 0);
 *   <li>documents without events contribute nothing; an empty run is an empty FeatureCollection.
 * </ul>
 */
public final class GeoJsonWriter implements ResultWriter {
  private final JsonGenerator g;

  public GeoJsonWriter(OutputStream out) {
    try {
      this.g = EventJson.generator(out);
      g.setPrettyPrinter(new FeaturePerLine());
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    int i = 0;
    for (Event e : result.events()) {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      writeGeometry(e);
      g.writeObjectFieldStart("properties");
      g.writeStringField("doc_id", result.id());
      g.writeNumberField("event_index", i++);
      EventJson.writeEventFields(g, e);
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private void writeGeometry(Event e) throws IOException {
    Optional<Location> loc = e.location();
    Optional<Double> lat = loc.flatMap(Location::latitude);
    Optional<Double> lon = loc.flatMap(Location::longitude);
    if (lat.isEmpty() || lon.isEmpty()) {
      g.writeNullField("geometry");
      return;
    }
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(lon.get());
    g.writeNumber(lat.get());
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Compact JSON, except that each feature starts a line of its own. */
  private static final class FeaturePerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    FeaturePerLine() {
      setRootValueSeparator(null);
    }

    private static boolean isFeatureArray(JsonGenerator g) {
      JsonStreamContext c = g.getOutputContext();
      return c.inArray()
          && c.getParent() != null
          && c.getParent().getParent() != null
          && c.getParent().getParent().inRoot();
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (isFeatureArray(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(isFeatureArray(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (isFeatureArray(g) && nrOfValues > 0) {
        g.writeRaw('\n');
      }
      g.writeRaw(']');
    }
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  /** Closes the feature array and the collection, and flushes. */
  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.close();
  }
}
