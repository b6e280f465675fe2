package org.hadath.app.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hadath.ingest.Ingest;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.IngestStream;
import org.hadath.ingest.Ingested;
import org.hadath.ingest.dedup.MinHash;
import org.hadath.ingest.dedup.NearDuplicates;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Problem;
import org.hadath.output.ResultWriter;
import org.hadath.pipeline.Pipeline;

/**
 * One extraction run: ingest → pipeline → writers, in input order, on N threads, in constant
 * memory.
 *
 * <ul>
 *   <li>The calling thread reads documents from ingest and hands each to the pool, keeping the
 *       futures in a queue of at most {@code 8 × threads}; when it is full, it waits for the oldest
 *       and writes it. Output order is input order and at most that many documents are in memory at
 *       once, however large the input.
 *   <li>With one thread there is no pool: each document is processed and written in turn.
 *   <li>Every input document yields exactly one {@link DocumentResult}: ingest failures become
 *       failed results with ingest's reason, ingest warnings are put before the pipeline's
 *       problems, and a pipeline that throws fails only that document.
 *   <li>Writers are called from the calling thread only.
 *   <li>Near-duplicates (unless turned off): workers compute each readable document's {@link
 *       MinHash} signature over its body text (the whole text when it has no body zone); the
 *       calling thread checks it against {@link NearDuplicates} in input order, so the same
 *       documents are duplicates whatever the number of threads. A near-duplicate of an earlier
 *       document that was not failed becomes a skipped result with reason {@code duplicate of <id>
 *       (similarity 0.93)}, no events, and {@code duplicateOf}; failed documents are neither
 *       checked nor indexed.
 * </ul>
 */
final class ExtractionRun {
  private final Pipeline pipeline;
  private final int threads;
  private final boolean dedup;

  /** A run that skips near-duplicates. */
  ExtractionRun(Pipeline pipeline, int threads) {
    this(pipeline, threads, true);
  }

  ExtractionRun(Pipeline pipeline, int threads, boolean dedup) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.dedup = dedup;
  }

  /** A result with the near-duplicate signature of its document ({@code null} when none). */
  private record Done(DocumentResult result, int[] signature) {}

  /**
   * Reads {@code inputs}, processes every document and writes each result to every writer.
   *
   * @param onResult called after each result is written (progress, summaries)
   * @throws IOException if a writer fails; the run stops
   */
  RunStats run(
      List<String> inputs,
      IngestOptions options,
      List<ResultWriter> writers,
      Consumer<DocumentResult> onResult)
      throws IOException {
    RunStats stats = new RunStats();
    NearDuplicates index = dedup ? new NearDuplicates() : null;
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
    try (IngestStream stream = Ingest.open(inputs, options)) {
      ArrayDeque<Future<Done>> window = new ArrayDeque<>();
      int maxWindow = threads * 8;
      for (Ingested in : stream) {
        if (pool == null) {
          emit(done(in), index, writers, stats, onResult);
          continue;
        }
        window.add(pool.submit(() -> done(in)));
        if (window.size() >= maxWindow) {
          emit(await(window.poll()), index, writers, stats, onResult);
        }
      }
      while (!window.isEmpty()) {
        emit(await(window.poll()), index, writers, stats, onResult);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    for (ResultWriter w : writers) {
      w.flush();
    }
    return stats;
  }

  private Done done(Ingested in) {
    DocumentResult r = process(in);
    int[] sig = null;
    if (dedup && r.status() != DocumentResult.Status.FAILED && r.document().isPresent()) {
      sig = MinHash.signature(bodyText(r.document().get()));
    }
    return new Done(r, sig);
  }

  /** The text near-duplicates are compared on: the body zones, or the whole text. */
  static String bodyText(Document d) {
    String body = d.cleanText().text();
    return body.isBlank() ? d.text() : body;
  }

  /** {@code r} as a skipped near-duplicate of {@code m}'s original. */
  static DocumentResult duplicate(DocumentResult r, NearDuplicates.Match m) {
    String reason =
        String.format(
            java.util.Locale.ROOT,
            "duplicate of %s (similarity %.2f)",
            m.original(),
            m.similarity());
    return new DocumentResult(
        r.id(),
        r.source(),
        r.document(),
        r.language(),
        DocumentResult.Status.SKIPPED,
        Optional.of(reason),
        List.of(),
        List.of(),
        Optional.of(m.original()));
  }

  /** The result for one ingested document; never throws for a bad document. */
  DocumentResult process(Ingested in) {
    if (in instanceof Ingested.Failed f) {
      return DocumentResult.failed(f.id(), f.source(), f.reason());
    }
    Ingested.Read read = (Ingested.Read) in;
    DocumentResult r;
    try {
      r = pipeline.process(read.document());
    } catch (RuntimeException | StackOverflowError e) {
      String reason =
          "internal error while processing "
              + read.source()
              + ": "
              + e
              + " (a bug in hadath: please report it with this document)";
      return new DocumentResult(
          read.id(),
          read.source(),
          Optional.of(read.document()),
          read.document().language(),
          DocumentResult.Status.FAILED,
          Optional.of(reason),
          List.of(),
          concat(read.problems(), List.of(Problem.error(read.id(), "pipeline", reason))));
    }
    if (read.problems().isEmpty()) {
      return r;
    }
    return new DocumentResult(
        r.id(),
        r.source(),
        r.document(),
        r.language(),
        r.status(),
        r.reason(),
        r.events(),
        concat(read.problems(), r.problems()));
  }

  private static List<Problem> concat(List<Problem> a, List<Problem> b) {
    List<Problem> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  private static void emit(
      Done done,
      NearDuplicates index,
      List<ResultWriter> writers,
      RunStats stats,
      Consumer<DocumentResult> on)
      throws IOException {
    DocumentResult r = done.result();
    if (index != null && done.signature() != null) {
      Optional<NearDuplicates.Match> m = index.check(r.id(), done.signature());
      if (m.isPresent()) {
        r = duplicate(r, m.get());
      }
    }
    for (ResultWriter w : writers) {
      w.write(r);
    }
    stats.add(r);
    on.accept(r);
  }

  private static Done await(Future<Done> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (ExecutionException e) {
      // process() turns every RuntimeException into a failed document: only Errors get here.
      Throwable c = e.getCause();
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "hadath-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
