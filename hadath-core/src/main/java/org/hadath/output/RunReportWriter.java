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
 *
 * <p>A run that ends normally adds one last line, {@link #writeSummary}: {@code {"summary": {...}}}
 * with no {@code id}, holding the counts by status, skipped documents by reason, near-duplicate
 * clusters and the inputs passed over as not documents. Readers that want documents only skip the
 * line that has a {@code summary} field.
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

  /**
   * The run's totals, for the report's last line.
   *
   * @param documents input documents (each has one line above)
   * @param processed documents processed
   * @param skipped documents skipped
   * @param skippedByReason skipped documents by kind of reason ({@code duplicate}, {@code not a
   *     conflict report}, {@code unsupported language}, {@code empty}, …), summing to {@code
   *     skipped}
   * @param failed documents that failed
   * @param events events written
   * @param clusters near-duplicate clusters: an original's id and its copies' ids, in input order
   * @param passedOver inputs passed over as not documents (files of other types, WARC records
   *     without a page)
   * @param passedOverListed the first of them, each with why
   */
  public record Summary(
      long documents,
      long processed,
      long skipped,
      java.util.Map<String, Long> skippedByReason,
      long failed,
      long events,
      java.util.Map<String, java.util.List<String>> clusters,
      long passedOver,
      java.util.List<String> passedOverListed) {
    public Summary {
      skippedByReason =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skippedByReason));
      clusters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clusters));
      passedOverListed = java.util.List.copyOf(passedOverListed);
    }
  }

  /** Writes the summary line ({@code {"summary": {...}}}); call once, after the last document. */
  public void writeSummary(Summary s) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("documents", s.documents());
    g.writeNumberField("processed", s.processed());
    g.writeNumberField("skipped", s.skipped());
    g.writeObjectFieldStart("skipped_by_reason");
    for (var e : s.skippedByReason().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("failed", s.failed());
    g.writeNumberField("events", s.events());
    g.writeArrayFieldStart("duplicate_clusters");
    for (var e : s.clusters().entrySet()) {
      g.writeStartObject();
      g.writeStringField("original", e.getKey());
      g.writeArrayFieldStart("duplicates");
      for (String d : e.getValue()) {
        g.writeString(d);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("passed_over", s.passedOver());
    g.writeArrayFieldStart("passed_over_listed");
    for (String p : s.passedOverListed()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
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
