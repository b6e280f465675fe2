package org.hadath.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.hadath.model.DocumentResult;
import org.hadath.model.Provenance;

/**
 * The default output: one JSON object per input document and line, in the contract's schema (see
 * {@link EventJson} for the field rules). Every document gets a line, processed, skipped or failed.
 */
public final class JsonlWriter implements ResultWriter {
  private final JsonGenerator g;
  private final Provenance provenance;

  public JsonlWriter(OutputStream out, Provenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    try {
      this.g = EventJson.generator(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    EventJson.writeDocument(g, result, provenance);
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
