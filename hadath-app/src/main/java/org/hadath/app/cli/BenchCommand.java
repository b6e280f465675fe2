package org.hadath.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hadath.ingest.IngestOptions;
import org.hadath.output.JsonlWriter;
import org.hadath.output.ResultWriter;
import org.hadath.resolve.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath bench}: the whole extract path (ingest, pipeline, JSONL output to a null sink) over
 * the given inputs, several times, reporting documents per second. Warm-up rounds let the JIT
 * compile the hot paths first; the median of the timed rounds is the figure to record in
 * BENCHMARKS.md, together with the machine and the command.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures extraction throughput: ingest, pipeline and JSONL output (to a null sink) over"
          + " INPUT, --warmup untimed rounds then --rounds timed ones.",
      "Prints one line per round on stderr (wall-clock docs/s and docs per CPU second, which"
          + " does not depend on what else the machine runs) and a Markdown row for BENCHMARKS.md"
          + " on stdout: date | threads | documents | events | median docs/s | range | median docs"
          + " per CPU second | machine."
    })
final class BenchCommand implements Callable<Integer> {
  private final Io io;
  private final Supplier<Engine> engine;

  @Mixin ReadOptions read = new ReadOptions();

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Input files or directories (none with --gazetteer-load).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--warmup",
      paramLabel = "R",
      description = "Untimed rounds (default ${DEFAULT-VALUE}).")
  int warmup = 1;

  @Option(
      names = "--rounds",
      paramLabel = "R",
      description = "Timed rounds (default ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--gazetteer-load",
      description =
          "Instead of extraction, measure loading the shipped gazetteer: the first (cold) load,"
              + " then --warmup and --rounds more loads, and the heap the loaded gazetteer"
              + " retains.")
  boolean gazetteerLoad;

  BenchCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    if (gazetteerLoad && !inputs.isEmpty()) {
      throw new UsageException(
          "--gazetteer-load measures the shipped gazetteer and takes no INPUT, got " + inputs);
    }
    if (!gazetteerLoad && inputs.isEmpty()) {
      throw new UsageException("bench needs at least one INPUT file or directory");
    }
    if (!gazetteerLoad) {
      ExtractCommand.PathChecks.inputs(inputs);
    }
    if (warmup < 0 || rounds < 1) {
      throw new UsageException(
          "--warmup must be 0 or more and --rounds 1 or more, got "
              + warmup
              + " and "
              + rounds
              + "; e.g. --warmup 1 --rounds 3");
    }
    if (gazetteerLoad) {
      return gazetteer();
    }
    Engine e = engine.get();
    IngestOptions options = read.ingest(IngestOptions.DEFAULT_MAX_DOCUMENT_CHARS);
    ExtractionRun run = new ExtractionRun(e.pipeline(), read.threads);
    List<Double> rates = new ArrayList<>();
    List<Double> perCpu = new ArrayList<>();
    long docs = 0;
    long events = 0;
    for (int i = 0; i < warmup + rounds; i++) {
      ResultWriter sink = new JsonlWriter(OutputStream.nullOutputStream(), e.provenance());
      long cpu0 = cpuNanos();
      RunStats stats = run.run(inputs, options, List.of(sink), r -> {});
      double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
      boolean timed = i >= warmup;
      io.stderr()
          .printf(
              Locale.ROOT,
              "%s round %d: %d documents, %d events, %.2f s, %.0f docs/s; %.2f CPU s, %.0f docs per"
                  + " CPU second%n",
              timed ? "timed" : "warm-up",
              timed ? i - warmup + 1 : i + 1,
              stats.documents(),
              stats.events(),
              stats.seconds(),
              stats.documentsPerSecond(),
              cpuSeconds,
              stats.documents() / cpuSeconds);
      if (timed) {
        rates.add(stats.documentsPerSecond());
        perCpu.add(stats.documents() / cpuSeconds);
        docs = stats.documents();
        events = stats.events();
      }
    }
    rates.sort(null);
    perCpu.sort(null);
    double median = rates.get(rates.size() / 2);
    io.stdoutText()
        .printf(
            Locale.ROOT,
            "| %s | %d | %d | %d | %.0f | %.0f–%.0f | %.0f | %s |%n",
            LocalDate.now(),
            read.threads,
            docs,
            events,
            median,
            rates.get(0),
            rates.get(rates.size() - 1),
            perCpu.get(perCpu.size() / 2),
            machine());
    io.stdoutText().flush();
    return ExitCodes.OK;
  }

  /**
   * Loads the shipped gazetteer cold (the JVM's first load: class loading, resource reading, trie
   * building), then {@code warmup + rounds} more times; reports the cold time, the median of the
   * timed loads, and the heap one loaded gazetteer retains (used heap after a full GC with it held,
   * minus before).
   */
  private int gazetteer() {
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    Gazetteer g = Gazetteer.load(List.of());
    double cold = (System.nanoTime() - t0) / 1e6;
    double coldCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    long retained = usedAfterGc(rt) - before;
    io.stderr()
        .printf(
            Locale.ROOT,
            "cold load: %d places, %.0f ms (%.0f ms CPU of the loading thread), %.1f MB retained%n",
            g.size(),
            cold,
            coldCpu,
            retained / 1048576.0);
    List<Double> times = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (int i = 0; i < warmup + rounds; i++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      Gazetteer again = Gazetteer.load(List.of());
      double ms = (System.nanoTime() - t) / 1e6;
      double cpuMs = (threads.getCurrentThreadCpuTime() - c) / 1e6;
      boolean timed = i >= warmup;
      io.stderr()
          .printf(
              Locale.ROOT,
              "%s load %d: %d places, %.0f ms (%.0f ms CPU)%n",
              timed ? "timed" : "warm-up",
              timed ? i - warmup + 1 : i + 1,
              again.size(),
              ms,
              cpuMs);
      if (timed) {
        times.add(ms);
        cpus.add(cpuMs);
      }
    }
    times.sort(null);
    cpus.sort(null);
    io.stdoutText()
        .printf(
            Locale.ROOT,
            "| %s | gazetteer load | %d places | cold %.0f ms (CPU %.0f ms) | median %.0f ms"
                + " (%.0f–%.0f; CPU %.0f ms) | %.1f MB retained | %s |%n",
            LocalDate.now(),
            g.size(),
            cold,
            coldCpu,
            times.get(times.size() / 2),
            times.get(0),
            times.get(times.size() - 1),
            cpus.get(cpus.size() / 2),
            retained / 1048576.0,
            machine());
    io.stdoutText().flush();
    java.lang.ref.Reference.reachabilityFence(g);
    return ExitCodes.OK;
  }

  private static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** CPU time of the whole process (all threads, JIT and GC included), in nanoseconds. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores, Java %s, %s %s, max heap %d MB",
        rt.availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        rt.maxMemory() >> 20);
  }
}
