package org.hadath.app.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.hadath.pipeline.Stage;

/**
 * One extraction run: ingest → pipeline → writers, in input order, on N threads, in constant
 * memory.
 *
 * <ul>
 *   <li>The calling thread reads documents from ingest and hands each to the pool, keeping the
 *       futures in a queue of at most {@code 8 × threads}; when it is full, it waits for the oldest
 *       and writes it. Output order is input order and at most that many documents are in memory at
 *       once, however large the input.
 *   <li>A document that spends longer than the time limit ({@code --doc-timeout}, default 10 s) in
 *       the pipeline fails with {@code timed out after 10 s in stage X}; its worker is interrupted
 *       and abandoned, a new worker replaces it, and the run goes on. Reading (ingest) runs on the
 *       calling thread and is not timed.
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
  /** The default per-document time limit. */
  static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(10);

  private final Pipeline pipeline;
  private final int threads;
  private final boolean dedup;
  private final Duration docTimeout;

  /** Where a document is: the stage running on it, and since when it runs (0: not started). */
  private static final class Task {
    volatile long started;
    volatile String stage = "pipeline";
  }

  private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

  /** A run that skips near-duplicates, with the default per-document time limit. */
  ExtractionRun(Pipeline pipeline, int threads) {
    this(pipeline, threads, true, DEFAULT_DOC_TIMEOUT);
  }

  /**
   * @param docTimeout the longest a document may spend in the pipeline; it then fails with {@code
   *     timed out after N s in stage X} and the run goes on
   */
  ExtractionRun(Pipeline pipeline, int threads, boolean dedup, Duration docTimeout) {
    this.pipeline = tracked(pipeline);
    this.threads = threads;
    this.dedup = dedup;
    this.docTimeout = docTimeout;
  }

  /** The same stages, each noting its name in the current {@link Task} before it runs. */
  private static Pipeline tracked(Pipeline p) {
    List<Stage> stages = new ArrayList<>();
    for (Stage s : p.stages()) {
      stages.add(
          new Stage() {
            @Override
            public String name() {
              return s.name();
            }

            @Override
            public java.util.Set<org.hadath.pipeline.Key<?>> requires() {
              return s.requires();
            }

            @Override
            public java.util.Set<org.hadath.pipeline.Key<?>> provides() {
              return s.provides();
            }

            @Override
            public void process(org.hadath.pipeline.Annotated doc) {
              Task t = CURRENT.get();
              if (t != null) {
                t.stage = s.name();
              }
              s.process(doc);
            }

            @Override
            public java.util.Map<String, String> dictionaries() {
              return s.dictionaries();
            }
          });
    }
    return Pipeline.of(stages);
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
    return run(inputs, options, writers, new RunStats(), onResult);
  }

  /**
   * As {@link #run(List, IngestOptions, List, Consumer)}, counting into {@code stats} (so live
   * progress can read it): each result is added before {@code onResult} sees it, the bytes read are
   * updated as ingest goes, and at the end the inputs ingest passed over as not documents.
   */
  RunStats run(
      List<String> inputs,
      IngestOptions options,
      List<ResultWriter> writers,
      RunStats stats,
      Consumer<DocumentResult> onResult)
      throws IOException {
    NearDuplicates index = dedup ? new NearDuplicates() : null;
    // Always a pool: a document that hangs is abandoned on its worker, and a new worker replaces
    // it.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemons());
    try (IngestStream stream = Ingest.open(inputs, options)) {
      ArrayDeque<Pending> window = new ArrayDeque<>();
      int maxWindow = threads * 8;
      for (Ingested in : stream) {
        stats.bytesRead(stream.bytesRead());
        Task task = new Task();
        window.add(new Pending(in, task, pool.submit(() -> run(in, task))));
        if (window.size() >= maxWindow) {
          emit(await(window.poll(), pool), index, writers, stats, onResult);
        }
      }
      while (!window.isEmpty()) {
        emit(await(window.poll(), pool), index, writers, stats, onResult);
      }
      stats.bytesRead(stream.bytesRead());
      stats.passedOver(stream.skippedCount(), stream.skipped());
    } finally {
      pool.shutdownNow();
    }
    for (ResultWriter w : writers) {
      w.flush();
    }
    return stats;
  }

  /** A document handed to the pool. */
  private record Pending(Ingested in, Task task, Future<Done> future) {}

  private Done run(Ingested in, Task task) {
    CURRENT.set(task);
    task.started = System.nanoTime();
    try {
      return done(in);
    } finally {
      CURRENT.remove();
    }
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

  /**
   * The result of {@code p}, or a failed result once it has run longer than the time limit (its
   * worker is abandoned and replaced).
   */
  private Done await(Pending p, ThreadPoolExecutor pool) {
    long limit = docTimeout.toNanos();
    try {
      while (true) {
        // A document that finished in time is never timed out, however long an earlier one hung
        // while this one waited in the window.
        if (p.future().isDone()) {
          return p.future().get();
        }
        long started = p.task().started;
        long wait = started == 0 ? limit : started + limit - System.nanoTime();
        if (started != 0 && wait <= 0) {
          return timedOut(p, pool);
        }
        try {
          return p.future().get(Math.max(wait, 1_000_000L), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // not started yet, or the limit is reached: look again
        }
      }
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

  private Done timedOut(Pending p, ThreadPoolExecutor pool) {
    p.future().cancel(true);
    // The worker may ignore the interrupt and never come back: one more worker takes its place.
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    Ingested in = p.in();
    String reason =
        "timed out after "
            + seconds(docTimeout)
            + " s in stage "
            + p.task().stage
            + " ("
            + in.source()
            + "); the document was abandoned and the run went on (a bug in hadath: please report"
            + " it with this document, or raise --doc-timeout)";
    Optional<Document> doc =
        in instanceof Ingested.Read r ? Optional.of(r.document()) : Optional.empty();
    return new Done(
        new DocumentResult(
            in.id(),
            in.source(),
            doc,
            doc.flatMap(Document::language),
            DocumentResult.Status.FAILED,
            Optional.of(reason),
            List.of(),
            List.of(Problem.error(in.id(), p.task().stage, reason))),
        null);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? Long.toString(ms / 1000)
        : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
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
