package org.hadath.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.hadath.model.DocumentResult;
import org.hadath.model.Problem;

/**
 * The run report ({@code --report FILE}): one JSON line per input document, in input order, with
 * what became of it.
 *
 * <p>Fields: {@code id}, {@code source}, {@code status} ({@code processed}|{@code skipped}|{@code
 * failed}), {@code reason} ({@code null} when processed), {@code language} ({@code null} when
 * unknown), {@code events} (the number of events) and {@code problems} (as in the JSON Lines
 * output); {@code duplicate_of} (the original's id) only on near-duplicates.
 */
public final class RunReportWriter implements ResultWriter {
  private final JsonGenerator g;

  public RunReportWriter(OutputStream out) {
    try {
      this.g = EventJson.generator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(DocumentResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("source", r.source());
    g.writeStringField("status", EventJson.status(r.status()));
    if (r.reason().isPresent()) {
      g.writeStringField("reason", r.reason().get());
    } else {
      g.writeNullField("reason");
    }
    var lang = r.language().or(() -> r.document().flatMap(d -> d.language()));
    if (lang.isPresent()) {
      g.writeStringField("language", lang.get().code());
    } else {
      g.writeNullField("language");
    }
    g.writeNumberField("events", r.events().size());
    if (r.duplicateOf().isPresent()) {
      g.writeStringField("duplicate_of", r.duplicateOf().get());
    }
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      EventJson.writeProblem(g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
