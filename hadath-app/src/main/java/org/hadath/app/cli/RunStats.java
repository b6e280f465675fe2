package org.hadath.app.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.hadath.model.DocumentResult;

/**
 * Counts of a run, updated by the writing thread only: documents by status, skipped documents by
 * reason, near-duplicate clusters, and the inputs ingest passed over because they are not
 * documents.
 *
 * <p>What counts as a document: every file ingest reads (text, HTML, a feed item, a JSONL line, a
 * zip entry), and every WARC {@code response} or {@code resource} record holding an HTML or text
 * page with an HTTP 2xx status. Each document has exactly one result: processed, skipped or failed.
 * Everything else ingest meets is <em>passed over</em> and counted separately ({@link
 * #passedOver()}): files with extensions hadath does not read inside directories and archives, and
 * WARC records that hold no page (warcinfo, request, metadata, revisit, non-HTML or non-2xx
 * responses). A WARC or zip that cannot be read further is one failed document.
 */
public final class RunStats {
  /** Skip reasons in the summary's order; others follow alphabetically. */
  static final List<String> SKIP_ORDER =
      List.of("duplicate", "not a conflict report", "unsupported language", "empty");

  /** At most this many duplicate ids are listed in the clusters; the counts stay exact. */
  static final int MAX_CLUSTER_IDS = 100_000;

  private final long startNanos = System.nanoTime();
  private long documents;
  private long processed;
  private long skipped;
  private long failed;
  private long events;
  private long duplicates;
  private final Map<String, Long> skippedBy = new TreeMap<>();
  private final Map<String, List<String>> clusters = new LinkedHashMap<>();
  private long clusterIds;
  private long passedOver;
  private List<String> passedOverListed = List.of();
  private volatile long bytesRead;
  private volatile long totalBytes = -1;

  void add(DocumentResult r) {
    documents++;
    events += r.events().size();
    switch (r.status()) {
      case PROCESSED -> processed++;
      case SKIPPED -> {
        skipped++;
        skippedBy.merge(skipReason(r), 1L, Long::sum);
        if (r.duplicateOf().isPresent()) {
          duplicates++;
          List<String> c = clusters.computeIfAbsent(r.duplicateOf().get(), k -> new ArrayList<>());
          if (clusterIds < MAX_CLUSTER_IDS) {
            c.add(r.id());
            clusterIds++;
          }
        }
      }
      case FAILED -> failed++;
    }
  }

  /**
   * The kind of reason a document was skipped for: {@code duplicate} for near-duplicates, else the
   * reason's words before its first colon or parenthesis («empty», «unsupported language», «not a
   * conflict report»), lower-case, at most 40 characters.
   */
  static String skipReason(DocumentResult r) {
    if (r.duplicateOf().isPresent()) {
      return "duplicate";
    }
    String reason = r.reason().orElse("").strip();
    int cut = reason.length();
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c == ':' || c == '(' || c == ';' || c == '.') {
        cut = i;
        break;
      }
    }
    String kind = reason.substring(0, Math.min(cut, 40)).strip().toLowerCase(Locale.ROOT);
    return kind.isEmpty() ? "other" : kind;
  }

  /** Inputs ingest passed over as not documents: how many, and the first of them. */
  void passedOver(long count, List<String> listed) {
    this.passedOver = count;
    this.passedOverListed = List.copyOf(listed);
  }

  /** Bytes of input read so far (files as stored, compressed or not). */
  void bytesRead(long n) {
    this.bytesRead = n;
  }

  /** The size of all input files, when known (else -1). */
  void totalBytes(long n) {
    this.totalBytes = n;
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

  /** Skipped documents by {@link #skipReason kind of reason}, in the summary's order. */
  public Map<String, Long> skippedByReason() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : SKIP_ORDER) {
      Long n = skippedBy.get(k);
      if (n != null) {
        out.put(k, n);
      }
    }
    for (Map.Entry<String, Long> e : skippedBy.entrySet()) {
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Near-duplicate clusters: each original's id (in the order its first copy was met) and the ids
   * of its copies, in input order (at most {@value #MAX_CLUSTER_IDS} ids in all).
   */
  public Map<String, List<String>> clusters() {
    return Collections.unmodifiableMap(clusters);
  }

  /** Inputs passed over as not documents (see the class comment). */
  public long passedOver() {
    return passedOver;
  }

  /** The first passed-over inputs, each with why (at most 100). */
  public List<String> passedOverListed() {
    return passedOverListed;
  }

  public long bytesRead() {
    return bytesRead;
  }

  /** The size of all input files, when known. */
  public OptionalLong totalBytes() {
    long t = totalBytes;
    return t < 0 ? OptionalLong.empty() : OptionalLong.of(t);
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
    StringBuilder why = new StringBuilder();
    for (Map.Entry<String, Long> e : skippedByReason().entrySet()) {
      why.append(why.length() == 0 ? " (" : ", ").append(e.getValue()).append(' ');
      why.append(e.getKey().equals("duplicate") && e.getValue() != 1 ? "duplicates" : e.getKey());
    }
    if (why.length() > 0) {
      why.append(')');
    }
    String over =
        passedOver == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d input%s passed over (not documents)",
                passedOver,
                passedOver == 1 ? "" : "s");
    String clustered =
        clusters.isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d near-duplicate cluster%s",
                clusters.size(),
                clusters.size() == 1 ? "" : "s");
    return String.format(
        Locale.ROOT,
        "hadath: %d document%s: %d processed, %d skipped%s, %d failed; %d event%s%s%s; %.1f s,"
            + " %.0f docs/s",
        documents,
        documents == 1 ? "" : "s",
        processed,
        skipped,
        why,
        failed,
        events,
        events == 1 ? "" : "s",
        clustered,
        over,
        seconds(),
        documentsPerSecond());
  }
}
