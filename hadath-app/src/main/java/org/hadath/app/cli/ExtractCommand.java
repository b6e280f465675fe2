package org.hadath.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hadath.ingest.Ingest;
import org.hadath.ingest.IngestOptions;
import org.hadath.output.OutputFormat;
import org.hadath.output.ResultWriter;
import org.hadath.output.RunReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath extract}: reports in, events out (CONTRACT.md). */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = HadathCli.Version.class,
    sortOptions = false,
    description = {
      "Reads news reports and writes the conflict events they report, one output record per"
          + " input document, in input order.",
      "",
      "INPUT: files or directories (recursive); - for standard input; .txt, .html/.htm,"
          + " .warc/.warc.gz, .jsonl, RSS/Atom feeds (.rss, .atom, .xml), .gz and .bz2 files"
          + " holding any of these, and .zip archives of them (each entry is read as a file:"
          + " archive.zip!/dir/page.html); http(s):// URLs of RSS or Atom feeds.",
      "",
      "Exit codes: 0 every document was processed; 1 at least one document failed (its record"
          + " carries the reason in problems), or the run stopped on an error; 2 usage error."
    })
final class ExtractCommand implements Callable<Integer> {
  /** At most this many failed documents are named on stderr; the report names them all. */
  static final int MAX_FAILURES_LOGGED = 20;

  private final Io io;

  @Mixin ReadOptions read = new ReadOptions();

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Input files or directories, feed URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = Converters.Format.class,
      completionCandidates = Converters.FormatNames.class,
      description =
          "Output format: ${COMPLETION-CANDIDATES}. jsonl (default): one line per document;"
              + " acled-csv: ACLED's 31 columns, one row per event; geojson: a FeatureCollection"
              + " of events.")
  OutputFormat format = OutputFormat.JSONL;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write the run report to FILE: one JSON line per input document with id, source,"
              + " status, reason, events count and problems (duplicate_of on near-duplicates),"
              + " then one last line {\"summary\": {...}} with the counts by status, skipped"
              + " documents by reason, near-duplicate clusters and the inputs passed over as not"
              + " documents.")
  Path report;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description =
          "Largest document read, in characters (default ${DEFAULT-VALUE}); longer ones fail"
              + " with a reason and the run goes on.")
  long maxChars = IngestOptions.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description =
          "Longest time one document may take in the pipeline (default ${DEFAULT-VALUE} s); a"
              + " slower one fails with 'timed out after N s in stage X' and the run goes on.")
  long docTimeout = ExtractionRun.DEFAULT_DOC_TIMEOUT.toSeconds();

  @Option(
      names = "--no-dedup",
      description =
          "Process near-duplicates too. By default a document that copies an earlier one of the"
              + " run (the same story syndicated by another site) is skipped with reason"
              + " 'duplicate of ID (similarity S)', no events and duplicate_of ID.")
  boolean noDedup;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress, summary or per-document messages on stderr.")
  boolean quiet;

  private final Supplier<Engine> engine;

  ExtractCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    PathChecks.inputs(inputs);
    PathChecks.writable(output, "--output");
    PathChecks.writable(report, "--report");
    if (maxChars < 1 || maxChars > IngestOptions.LIMIT_MAX_DOCUMENT_CHARS) {
      throw new UsageException(
          "--max-chars must be between 1 and "
              + IngestOptions.LIMIT_MAX_DOCUMENT_CHARS
              + ", got "
              + maxChars);
    }
    if (docTimeout < 1 || docTimeout > 86_400) {
      throw new UsageException(
          "--doc-timeout must be between 1 and 86400 seconds, got " + docTimeout + "; e.g. 30");
    }
    IngestOptions options = read.ingest(maxChars);
    Engine engine = this.engine.get();
    List<ResultWriter> writers = new ArrayList<>();
    try (OutputStream out =
            output == null ? PathChecks.stdout(io) : PathChecks.open(output, "--output");
        OutputStream rep =
            report == null
                ? OutputStream.nullOutputStream()
                : PathChecks.open(report, "--report")) {
      writers.add(format.open(out, engine.provenance()));
      RunReportWriter reportWriter = null;
      if (report != null) {
        reportWriter = new RunReportWriter(rep);
        writers.add(reportWriter);
      }
      RunStats stats = new RunStats();
      RunLog log = new RunLog(io, quiet, stats);
      if (log.showsProgress()) {
        sizeInputs(stats, options);
      }
      try {
        new ExtractionRun(
                engine.pipeline(), read.threads, !noDedup, java.time.Duration.ofSeconds(docTimeout))
            .run(inputs, options, writers, stats, r -> log.result(r, ""));
        if (reportWriter != null) {
          reportWriter.writeSummary(summary(stats));
        }
      } finally {
        for (ResultWriter w : writers) {
          w.close();
        }
      }
      log.finish(stats);
      return ExitCodes.of(stats);
    }
  }

  /**
   * Sums the input files' sizes on a background thread, for the progress bar's ETA (a large tree is
   * walked while the run starts; until then progress shows no ETA).
   */
  private void sizeInputs(RunStats stats, IngestOptions options) {
    Thread t =
        new Thread(
            () -> Ingest.totalBytes(inputs, options.format()).ifPresent(stats::totalBytes),
            "hadath-input-size");
    t.setDaemon(true);
    t.start();
  }

  /** The report's last line, from the run's counts. */
  static RunReportWriter.Summary summary(RunStats s) {
    return new RunReportWriter.Summary(
        s.documents(),
        s.processed(),
        s.skipped(),
        s.skippedByReason(),
        s.failed(),
        s.events(),
        s.clusters(),
        s.passedOver(),
        s.passedOverListed());
  }

  /**
   * Path checks and streams shared by the commands: a usage error names the path and how to fix it.
   */
  static final class PathChecks {
    private PathChecks() {}

    static void inputs(List<String> inputs) {
      List<String> missing = Ingest.missing(inputs);
      if (missing.isEmpty()) {
        return;
      }
      String in = missing.get(0);
      String where;
      try {
        where = " (looked for " + Path.of(in).toAbsolutePath().normalize() + ")";
      } catch (java.nio.file.InvalidPathException e) {
        where = " (not a valid path: " + e.getReason() + ")";
      }
      throw new UsageException(
          "input '"
              + in
              + "' does not exist"
              + where
              + (missing.size() > 1 ? ", nor do " + (missing.size() - 1) + " more" : "")
              + ": check the path, or give - to read standard input");
    }

    static void writable(Path file, String option) {
      if (file == null) {
        return;
      }
      if (Files.isDirectory(file)) {
        throw new UsageException(
            option
                + " '"
                + file
                + "' is a directory: give a file name, e.g. "
                + file.resolve("out"));
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UsageException(
            option
                + " '"
                + file
                + "': directory "
                + parent
                + " does not exist: create it first (mkdir -p "
                + parent
                + ")");
      }
    }

    /** Opens {@code file} for writing; failing to is a usage error naming {@code option}. */
    static OutputStream open(Path file, String option) {
      try {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      } catch (IOException | SecurityException e) {
        throw new UsageException(
            "cannot write "
                + option
                + " '"
                + file
                + "' ("
                + e
                + "): check that its directory exists and is writable");
      }
    }

    /** Buffered standard output; closing it flushes but leaves standard output open. */
    static OutputStream stdout(Io io) {
      OutputStream raw = io.stdout();
      return new BufferedOutputStream(
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              raw.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              raw.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              raw.flush();
            }

            @Override
            public void close() throws IOException {
              raw.flush();
            }
          },
          1 << 16);
    }
  }
}
