package org.hadath.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.hadath.ingest.IngestOptions;
import org.hadath.model.Provenance;
import org.hadath.pipeline.Pipeline;

/**
 * Runs fuzz cases on several threads and sums them up.
 *
 * <ul>
 *   <li>The cases are {@code 0 … M-1}, M the fewest whose planned documents reach {@link
 *       Config#count()}; which thread runs a case does not change it, so a run is reproducible from
 *       its seed.
 *   <li>Each worker writes its case to its own directory under the work directory and runs it with
 *       {@link InvariantChecker}.
 *   <li>A watchdog looks at every worker's {@link InvariantChecker.Heartbeat}: a step (reading one
 *       document, one document in the pipeline) that takes longer than the time limit is a hang
 *       violation; the worker is interrupted and abandoned, a new one takes its place, and the run
 *       goes on.
 *   <li>With a failures directory, each violating case is written there under its file name (so
 *       {@code hadath extract FILE} replays it), and {@code violations.tsv} lists case, file,
 *       mutations and violations.
 * </ul>
 */
public final class Fuzzer {
  private final Pipeline pipeline;
  private final Provenance provenance;

  public Fuzzer(Pipeline pipeline, Provenance provenance) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * What to run.
   *
   * @param count at least this many documents
   * @param seed the seed
   * @param threads worker threads
   * @param formats the formats to draw cases from
   * @param maxChars the per-document character limit of ingest
   * @param timeLimit the longest one step (reading one document, processing one) may take
   * @param saveFailures where to write violating inputs, if anywhere
   */
  public record Config(
      long count,
      long seed,
      int threads,
      List<FuzzFormat> formats,
      long maxChars,
      Duration timeLimit,
      Optional<Path> saveFailures) {
    public Config {
      formats = List.copyOf(formats);
      Objects.requireNonNull(timeLimit, "timeLimit");
      Objects.requireNonNull(saveFailures, "saveFailures");
      if (count < 1 || threads < 1) {
        throw new IllegalArgumentException("count and threads must be at least 1");
      }
    }
  }

  /** Counts for one format. */
  public static final class Counts {
    long cases;
    long documents;
    long processed;
    long skipped;
    long failed;
    long violations;

    public long cases() {
      return cases;
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

    public long violations() {
      return violations;
    }

    void add(InvariantChecker.CaseResult r) {
      cases++;
      documents += r.documents();
      processed += r.processed();
      skipped += r.skipped();
      failed += r.failed();
      violations += r.violations().size();
    }

    void add(Counts c) {
      cases += c.cases;
      documents += c.documents;
      processed += c.processed;
      skipped += c.skipped;
      failed += c.failed;
      violations += c.violations;
    }
  }

  /**
   * One violation.
   *
   * @param caseIndex the case
   * @param file the case's file name
   * @param mutations the mutations applied
   * @param message what went wrong
   */
  public record Violation(long caseIndex, String file, List<String> mutations, String message) {}

  /**
   * The outcome of a run.
   *
   * @param perFormat counts by format label
   * @param total all counts
   * @param violations the first {@value #MAX_LISTED} violations
   * @param seconds wall-clock time
   * @param slowest the case that took longest
   */
  public record Report(
      Map<String, Counts> perFormat,
      Counts total,
      List<Violation> violations,
      double seconds,
      Slowest slowest) {
    public static final int MAX_LISTED = 100;

    public double documentsPerSecond() {
      return seconds <= 0 ? 0 : total.documents / seconds;
    }
  }

  /**
   * The case that took longest, to look at when a run is slow.
   *
   * @param caseIndex the case
   * @param file its file name
   * @param seconds how long it took, reading and processing all its documents
   * @param mutations the mutations applied
   */
  public record Slowest(long caseIndex, String file, double seconds, List<String> mutations) {}

  /** Collects results from the workers. */
  private final class Sink {
    final Map<String, Counts> perFormat = new TreeMap<>();
    final List<Violation> violations = new ArrayList<>();
    final Config config;
    final LongConsumer progress;
    long done;
    long documents;
    Slowest slowest = new Slowest(-1, "", 0, List.of());

    Sink(Config config, LongConsumer progress) {
      this.config = config;
      this.progress = progress;
    }

    synchronized void add(
        InvariantChecker.CaseResult r, InvariantChecker.Heartbeat beat, double seconds) {
      if (beat.abandoned) {
        return; // the watchdog has counted this case as a hang
      }
      FuzzCase c = r.fuzzCase();
      if (seconds > slowest.seconds()) {
        slowest = new Slowest(c.index(), c.fileName(), seconds, c.mutations());
      }
      perFormat.computeIfAbsent(c.format().label(), k -> new Counts()).add(r);
      for (String v : r.violations()) {
        violation(c, v);
      }
      if (!r.violations().isEmpty()) {
        save(c, r.violations());
      }
      done++;
      documents += r.documents();
      progress.accept(documents);
      notifyAll();
    }

    synchronized void hang(FuzzCase c, String message) {
      Counts k = perFormat.computeIfAbsent(c.format().label(), x -> new Counts());
      k.cases++;
      k.documents += Math.max(1, c.documents());
      k.failed += Math.max(1, c.documents());
      k.violations++;
      violation(c, message);
      save(c, List.of(message));
      done++;
      notifyAll();
    }

    private void violation(FuzzCase c, String v) {
      if (violations.size() < Report.MAX_LISTED) {
        violations.add(new Violation(c.index(), c.fileName(), c.mutations(), v));
      }
    }

    private void save(FuzzCase c, List<String> vs) {
      if (config.saveFailures().isEmpty()) {
        return;
      }
      Path dir = config.saveFailures().get();
      try {
        Files.createDirectories(dir);
        Files.write(dir.resolve(c.fileName()), c.bytes());
        StringBuilder line = new StringBuilder();
        for (String v : vs) {
          line.append(c.index())
              .append('\t')
              .append(c.fileName())
              .append('\t')
              .append(String.join(",", c.mutations()))
              .append('\t')
              .append(v.replace('\t', ' ').replace('\n', ' '))
              .append('\n');
        }
        Files.writeString(
            dir.resolve("violations.tsv"),
            line,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot save the failing case " + c.fileName() + " to " + dir, e);
      }
    }
  }

  /**
   * Runs the cases of {@code config}.
   *
   * @param workDir an empty directory for the case files (each deleted after its run)
   * @param progress called with the documents done so far, from worker threads
   */
  public Report run(Config config, Path workDir, LongConsumer progress) throws IOException {
    IngestOptions options = IngestOptions.defaults().withMaxDocumentChars(config.maxChars());
    CaseGenerator gen =
        new CaseGenerator(config.seed(), config.formats(), BaseCorpus.bundled(), config.maxChars());
    long cases = 0;
    for (long planned = 0; planned < config.count(); cases++) {
      planned += gen.plannedDocuments(cases);
    }
    final long total = cases;
    InvariantChecker checker = new InvariantChecker(pipeline, provenance, options);
    Sink sink = new Sink(config, progress);
    AtomicLong next = new AtomicLong();
    List<Worker> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < config.threads(); i++) {
      workers.add(start(workDir, i, gen, checker, sink, next, total));
    }
    long limit = config.timeLimit().toNanos();
    synchronized (sink) {
      while (sink.done < total) {
        try {
          sink.wait(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while fuzzing", e);
        }
        long now = System.nanoTime();
        for (int i = 0; i < workers.size(); i++) {
          Worker w = workers.get(i);
          InvariantChecker.Heartbeat b = w.beat;
          long started = b.started;
          if (!b.abandoned && started != 0 && now - started > limit && b.caseIndex >= 0) {
            b.abandoned = true;
            w.thread.interrupt();
            FuzzCase c = gen.generate(b.caseIndex);
            sink.hang(
                c,
                "hang: step '"
                    + b.step
                    + "' took longer than "
                    + config.timeLimit().toSeconds()
                    + " s; the worker was abandoned");
            workers.set(
                i, start(workDir, workers.size() + i + 1000, gen, checker, sink, next, total));
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Counts all = new Counts();
    Map<String, Counts> per;
    List<Violation> vs;
    Slowest slowest;
    synchronized (sink) {
      slowest = sink.slowest;
      sink.perFormat.values().forEach(all::add);
      per = new TreeMap<>(sink.perFormat);
      vs = List.copyOf(sink.violations);
    }
    for (Worker w : workers) {
      w.thread.interrupt();
    }
    return new Report(per, all, vs, seconds, slowest);
  }

  private record Worker(Thread thread, InvariantChecker.Heartbeat beat) {}

  private Worker start(
      Path workDir,
      int n,
      CaseGenerator gen,
      InvariantChecker checker,
      Sink sink,
      AtomicLong next,
      long total)
      throws IOException {
    Path dir = Files.createDirectories(workDir.resolve("w" + n));
    InvariantChecker.Heartbeat beat = new InvariantChecker.Heartbeat();
    Thread t =
        new Thread(
            () -> {
              long i;
              while (!beat.abandoned && (i = next.getAndIncrement()) < total) {
                beat.caseIndex = i;
                InvariantChecker.CaseResult r;
                FuzzCase c = null;
                long t0 = System.nanoTime();
                try {
                  beat.step("generate");
                  c = gen.generate(i);
                  r = checker.check(c, dir, beat);
                } catch (Throwable e) { // a bug in the fuzzer itself: report it, go on
                  if (c == null) {
                    c = new FuzzCase(i, FuzzFormat.TXT, "txt", new byte[0], 0, false, List.of());
                  }
                  r =
                      new InvariantChecker.CaseResult(
                          c, 0, 0, 0, 0, List.of("fuzzer error: " + InvariantChecker.describe(e)));
                }
                beat.idle();
                sink.add(r, beat, (System.nanoTime() - t0) / 1e9);
              }
            },
            "hadath-fuzz-" + n);
    t.setDaemon(true);
    t.start();
    return new Worker(t, beat);
  }
}
