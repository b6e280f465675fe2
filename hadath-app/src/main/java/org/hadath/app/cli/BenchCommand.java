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

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files or directories.")
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

  BenchCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    ExtractCommand.PathChecks.inputs(inputs);
    if (warmup < 0 || rounds < 1) {
      throw new UsageException(
          "--warmup must be 0 or more and --rounds 1 or more, got "
              + warmup
              + " and "
              + rounds
              + "; e.g. --warmup 1 --rounds 3");
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
