package org.hadath.app.cli;

import java.util.Locale;
import org.hadath.model.DocumentResult;

/** Counts of a run, updated by the writing thread only. */
public final class RunStats {
  private final long startNanos = System.nanoTime();
  private long documents;
  private long processed;
  private long skipped;
  private long failed;
  private long events;
  private long duplicates;

  void add(DocumentResult r) {
    documents++;
    events += r.events().size();
    switch (r.status()) {
      case PROCESSED -> processed++;
      case SKIPPED -> {
        skipped++;
        if (r.duplicateOf().isPresent()) {
          duplicates++;
        }
      }
      case FAILED -> failed++;
    }
  }

  public long documents() {
    return documents;
  }

  public long processed() {
    return processed;
  }

  public long skipped() {
    return skipped;
  }

  public long failed() {
    return failed;
  }

  /** Skipped documents that were near-duplicates of earlier ones. */
  public long duplicates() {
    return duplicates;
  }

  public long events() {
    return events;
  }

  public double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  public double documentsPerSecond() {
    double s = seconds();
    return s <= 0 ? 0 : documents / s;
  }

  /** The one-line run summary written to stderr. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "hadath: %d document%s: %d processed, %d skipped%s, %d failed; %d event%s; %.1f s,"
            + " %.0f docs/s",
        documents,
        documents == 1 ? "" : "s",
        processed,
        skipped,
        duplicates == 0
            ? ""
            : " (" + duplicates + " duplicate" + (duplicates == 1 ? "" : "s") + ")",
        failed,
        events,
        events == 1 ? "" : "s",
        seconds(),
        documentsPerSecond());
  }
}
