package org.hadath.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.hadath.ingest.Ingest;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.IngestStream;
import org.hadath.ingest.Ingested;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Provenance;
import org.hadath.output.JsonlWriter;
import org.hadath.pipeline.Pipeline;

/**
 * Runs one {@link FuzzCase} through the real ingest ({@link Ingest#open} on the case written to a
 * file) and the pipeline, and checks the invariants.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>No exception escapes ingest or the pipeline, and neither reports an internal error (ingest
 *       cause {@code INTERNAL}, a pipeline stage that threw).
 *   <li>Every document is accounted for: read, failed with a non-blank reason, or skipped. When the
 *       case's count is exact, outcomes (documents plus skipped records) equal it; in any case a
 *       file leaves at least one outcome, so no input vanishes without a trace.
 *   <li>Every evidence span lies within the document's text and quotes it: {@code text.substring(
 *       start, end)} equals the evidence text, and the span is not empty.
 *   <li>The output line serialises: the JSONL writer writes it, it parses back as one JSON object
 *       with the document's id.
 * </ul>
 *
 * The time limit is the caller's: {@link Heartbeat} says which step runs since when.
 */
public final class InvariantChecker {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Pipeline pipeline;
  private final Provenance provenance;
  private final IngestOptions options;

  public InvariantChecker(Pipeline pipeline, Provenance provenance, IngestOptions options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Where a worker is, for the time limit: the case and step, and since when (nanoTime). */
  public static final class Heartbeat {
    volatile long caseIndex = -1;
    volatile long started;
    volatile String step = "";
    volatile boolean abandoned;

    void step(String what) {
      step = what;
      started = System.nanoTime();
    }

    void idle() {
      started = 0;
    }
  }

  /**
   * What became of one case.
   *
   * @param fuzzCase the case
   * @param documents outcomes: documents out of ingest plus skipped records
   * @param processed documents the pipeline processed
   * @param skipped documents the pipeline skipped, plus records ingest skipped
   * @param failed documents that failed (in ingest or in the pipeline)
   * @param violations what went wrong, one message each; empty when every invariant held
   */
  public record CaseResult(
      FuzzCase fuzzCase,
      long documents,
      long processed,
      long skipped,
      long failed,
      List<String> violations) {
    public CaseResult {
      violations = List.copyOf(violations);
    }
  }

  /** Writes the case to {@code dir}, runs it and deletes the file. */
  public CaseResult check(FuzzCase c, Path dir, Heartbeat beat) throws IOException {
    Path file = dir.resolve(c.fileName());
    Files.write(file, c.bytes());
    try {
      return check(c, file.toString(), beat);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private CaseResult check(FuzzCase c, String input, Heartbeat beat) {
    List<String> violations = new ArrayList<>();
    long docs = 0;
    long processed = 0;
    long skipped = 0;
    long failed = 0;
    long ingestSkipped = 0;
    beat.step("ingest");
    try (IngestStream stream = Ingest.open(List.of(input), options)) {
      Iterator<Ingested> it = stream.iterator();
      while (true) {
        beat.step("ingest");
        Ingested in;
        try {
          if (!it.hasNext()) {
            break;
          }
          in = it.next();
        } catch (Throwable t) { // the invariant is that nothing escapes, errors included
          violations.add("exception escaped ingest after " + docs + " documents: " + describe(t));
          break;
        }
        docs++;
        DocumentResult r = document(in, beat, violations);
        if (r == null) {
          continue;
        }
        switch (r.status()) {
          case PROCESSED:
            processed++;
            break;
          case SKIPPED:
            skipped++;
            break;
          default:
            failed++;
        }
      }
      ingestSkipped = stream.skippedCount();
    } catch (Throwable t) {
      violations.add("exception escaped ingest (open or close): " + describe(t));
    }
    beat.idle();
    long outcomes = docs + ingestSkipped;
    if (c.exact() && outcomes != c.documents() && !(c.documents() == 0 && outcomes == 1)) {
      violations.add(
          "accounting: the file holds "
              + c.documents()
              + " documents but ingest accounted for "
              + outcomes
              + " ("
              + docs
              + " read or failed, "
              + ingestSkipped
              + " skipped)");
    }
    if (outcomes == 0) {
      violations.add("accounting: the file vanished: no document, failure or skipped entry");
    }
    return new CaseResult(c, outcomes, processed, skipped + ingestSkipped, failed, violations);
  }

  /** One document through the pipeline and the checks; null if it could not be finished. */
  private DocumentResult document(Ingested in, Heartbeat beat, List<String> violations) {
    DocumentResult r;
    if (in instanceof Ingested.Failed f) {
      if (f.reason().isBlank()) {
        violations.add("ingest failed document '" + f.id() + "' without a reason");
      }
      if (f.cause() == Ingested.Cause.INTERNAL) {
        violations.add("ingest internal error: " + f.reason());
      }
      r = DocumentResult.failed(f.id(), f.source(), f.reason());
    } else {
      Ingested.Read read = (Ingested.Read) in;
      String text = read.document().text();
      beat.step("pipeline");
      try {
        r = pipeline.process(read.document());
      } catch (Throwable t) {
        violations.add("exception escaped the pipeline on '" + read.id() + "': " + describe(t));
        return null;
      }
      if (r.status() == DocumentResult.Status.FAILED) {
        violations.add("pipeline failed '" + read.id() + "': " + r.reason().orElse("?"));
      }
      beat.step("checks");
      for (Event e : r.events()) {
        for (Evidence ev : e.allEvidence()) {
          evidence(read.id(), text, ev, violations);
        }
      }
    }
    beat.step("output");
    json(r, violations);
    return r;
  }

  private static void evidence(String id, String text, Evidence ev, List<String> violations) {
    int s = ev.span().start();
    int e = ev.span().end();
    if (e > text.length()) {
      violations.add(
          "evidence for "
              + ev.field()
              + " of '"
              + id
              + "' at ["
              + s
              + ", "
              + e
              + ") is outside the text of "
              + text.length()
              + " characters (rule "
              + ev.rule()
              + ")");
    } else if (!text.substring(s, e).equals(ev.text())) {
      violations.add(
          "evidence for "
              + ev.field()
              + " of '"
              + id
              + "' at ["
              + s
              + ", "
              + e
              + ") says '"
              + ev.text()
              + "' but the text there is '"
              + text.substring(s, e)
              + "' (rule "
              + ev.rule()
              + ")");
    } else if (s == e) {
      violations.add(
          "evidence for "
              + ev.field()
              + " of '"
              + id
              + "' is empty at "
              + s
              + " (rule "
              + ev.rule()
              + ")");
    }
  }

  private void json(DocumentResult r, List<String> violations) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JsonlWriter w = new JsonlWriter(out, provenance);
      w.write(r);
      w.close();
      byte[] b = out.toByteArray();
      int newlines = 0;
      for (byte x : b) {
        if (x == '\n') {
          newlines++;
        }
      }
      if (newlines != 1 || b[b.length - 1] != '\n') {
        violations.add("output of '" + r.id() + "' is not one line (" + newlines + " line breaks)");
        return;
      }
      JsonNode n = JSON.readTree(b);
      if (!n.isObject() || !r.id().equals(n.path("id").asText(null))) {
        violations.add("output of '" + r.id() + "' does not parse back as its object");
      }
    } catch (Throwable t) {
      violations.add("output of '" + r.id() + "' does not serialise: " + describe(t));
    }
  }

  /** The throwable and where it was thrown. */
  static String describe(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    StringBuilder sb = new StringBuilder(t.toString());
    for (int i = 0; i < Math.min(3, st.length); i++) {
      sb.append(i == 0 ? " at " : " < ").append(st[i]);
    }
    return sb.toString();
  }
}
