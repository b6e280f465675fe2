package org.hadath.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hadath.fuzz.FuzzFormat;
import org.hadath.fuzz.Fuzzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hadath fuzz}: mutated inputs through ingest and the pipeline, checking invariants. */
@Command(
    name = "fuzz",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Robustness check: generates mutated inputs deterministically from --seed (HTML pages, text"
          + " reports, JSONL files, WARC files and gzip archives, starting from bundled base"
          + " documents: byte flips, truncation, splicing, tag soup, deep nesting, huge attributes,"
          + " invalid UTF-8 and mixed encodings, BOMs, NULs, bidi controls, broken WARC headers"
          + " and lengths, broken gzip, JSONL with wrong types or missing ids, empty input, ...),"
          + " runs each through the real ingest and the full pipeline, and checks: no exception"
          + " escapes, every document is accounted for (processed, skipped or failed with a"
          + " reason), every evidence span lies within the text and quotes it, no step exceeds"
          + " the time limit, every output line serialises.",
      "Prints a summary on stderr: documents per format, processed/skipped/failed, violations,"
          + " docs/s. Exit code 0 only when there is no violation, else 1.",
      "Replay a saved failure with: hadath extract DIR/case-NNNNNN.EXT"
    })
final class FuzzCommand implements Callable<Integer> {
  private final Io io;
  private final Supplier<Engine> engine;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      description = "At least this many documents (default ${DEFAULT-VALUE}).")
  long count = 10_000;

  @Option(
      names = {"-s", "--seed"},
      paramLabel = "S",
      description = "Seed; the same seed gives the same inputs (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "T",
      converter = Converters.Threads.class,
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      description = "Comma-separated formats to generate (default: all of ${DEFAULT-VALUE}).")
  String formats = FuzzFormat.labels();

  @Option(
      names = "--save-failures",
      paramLabel = "DIR",
      description =
          "Write each input that violates an invariant to DIR (named case-NNNNNN.EXT, so"
              + " 'hadath extract' replays it) and list them in DIR/violations.tsv.")
  Path saveFailures;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description =
          "Per-document character limit of ingest during the run (default ${DEFAULT-VALUE}; some"
              + " inputs exceed it on purpose).")
  long maxChars = 20_000;

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description =
          "Longest one document may take to read or to process (default ${DEFAULT-VALUE} s);"
              + " longer is a hang violation.")
  long docTimeout = 10;

  FuzzCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    if (count < 1) {
      throw new UsageException("--count must be at least 1, got " + count);
    }
    if (docTimeout < 1 || docTimeout > 86_400) {
      throw new UsageException(
          "--doc-timeout must be between 1 and 86400 seconds, got " + docTimeout + "; e.g. 10");
    }
    if (maxChars < 1 || maxChars > org.hadath.ingest.IngestOptions.LIMIT_MAX_DOCUMENT_CHARS) {
      throw new UsageException(
          "--max-chars must be between 1 and "
              + org.hadath.ingest.IngestOptions.LIMIT_MAX_DOCUMENT_CHARS
              + ", got "
              + maxChars);
    }
    List<FuzzFormat> fs;
    try {
      fs = FuzzFormat.parse(formats);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--formats: " + e.getMessage());
    }
    ExtractCommand.PathChecks.writable(saveFailures, "--save-failures");
    if (saveFailures != null && Files.exists(saveFailures) && !Files.isDirectory(saveFailures)) {
      throw new UsageException(
          "--save-failures '"
              + saveFailures
              + "' is a file: give a directory to write the cases to");
    }
    Fuzzer.Config config =
        new Fuzzer.Config(
            count,
            seed,
            threads,
            fs,
            maxChars,
            Duration.ofSeconds(docTimeout),
            Optional.ofNullable(saveFailures));
    Engine e = engine.get();
    PrintStream err = io.stderr();
    Path work = Files.createTempDirectory("hadath-fuzz-");
    Fuzzer.Report report;
    long[] last = {System.nanoTime()};
    long t0 = System.nanoTime();
    try {
      report =
          new Fuzzer(e.pipeline(), e.provenance())
              .run(
                  config,
                  work,
                  docs -> {
                    long now = System.nanoTime();
                    if (io.progress() && now - last[0] > 500_000_000L) {
                      last[0] = now;
                      err.printf(
                          Locale.ROOT,
                          "\r%d documents, %.0f docs/s   ",
                          docs,
                          docs / ((now - t0) / 1e9));
                      err.flush();
                    }
                  });
    } finally {
      deleteTree(work);
    }
    if (io.progress()) {
      err.print("\r\033[K");
    }
    summary(err, report);
    return report.total().violations() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private void summary(PrintStream err, Fuzzer.Report r) {
    Fuzzer.Counts t = r.total();
    err.printf(
        Locale.ROOT,
        "hadath fuzz: seed %d, %d threads: %d input files, %d documents: %d processed, %d skipped,"
            + " %d failed; %d invariant violations; %.1f s, %.0f docs/s%n",
        seed,
        threads,
        t.cases(),
        t.documents(),
        t.processed(),
        t.skipped(),
        t.failed(),
        t.violations(),
        r.seconds(),
        r.documentsPerSecond());
    r.perFormat()
        .forEach(
            (f, c) ->
                err.printf(
                    Locale.ROOT,
                    "  %-6s %8d files %9d documents: %9d processed %8d skipped %8d failed, %d"
                        + " violations%n",
                    f,
                    c.cases(),
                    c.documents(),
                    c.processed(),
                    c.skipped(),
                    c.failed(),
                    c.violations()));
    err.printf(
        Locale.ROOT, "  slowest input: %s (%.2f s)%n", r.slowest().file(), r.slowest().seconds());
    for (Fuzzer.Violation v : r.violations()) {
      err.println(
          "  violation in "
              + v.file()
              + " ["
              + String.join(",", v.mutations())
              + "]: "
              + v.message());
    }
    if (t.violations() > r.violations().size()) {
      err.println("  ... and " + (t.violations() - r.violations().size()) + " more");
    }
    if (t.violations() > 0) {
      err.println(
          saveFailures == null
              ? "  rerun with --save-failures DIR to keep the failing inputs for replay"
              : "  failing inputs saved in " + saveFailures + " (see violations.tsv)");
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a leftover temporary directory is harmless
    }
  }
}
