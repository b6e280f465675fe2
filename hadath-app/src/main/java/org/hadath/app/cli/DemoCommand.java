package org.hadath.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.InputFormat;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.output.AcledCsvWriter;
import org.hadath.output.EventNotes;
import org.hadath.output.GeoJsonWriter;
import org.hadath.output.JsonlWriter;
import org.hadath.output.ResultWriter;
import org.hadath.output.RunReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath demo}: the extract run on the bundled sample (a real Arabic report), with its
 * publication date as the default, writing every output format into one directory and telling what
 * it found.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = HadathCli.Version.class,
    sortOptions = false,
    description = {
      "Runs extract on the bundled sample report, writes every output format and summarises"
          + " the events.",
      "",
      "Writes into DIR (default ./hadath-out):",
      "  input/          the sample itself",
      "  events.jsonl    one JSON line per document (the extract schema)",
      "  events.csv      ACLED's 31 columns, one row per event",
      "  events.geojson  the events as GeoJSON points",
      "  report.jsonl    what became of each input document",
      "then prints a short summary of the events on stdout."
    })
final class DemoCommand implements Callable<Integer> {
  static final String RESOURCES = "/org/hadath/app/demo/";

  /** At most this many events are summarised on the terminal. */
  static final int MAX_EVENTS_SHOWN = 20;

  /** The fields whose first evidence the summary shows; events.jsonl has all of it. */
  static final List<String> SHOWN_FIELDS =
      List.of(
          "event_type",
          "actor1",
          "actor2",
          "location",
          "event_date",
          "fatalities",
          "wounded",
          "reported_by");

  private final Io io;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Directory for the outputs (created if missing; default ${DEFAULT-VALUE}).")
  Path out = Path.of("hadath-out");

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      converter = Converters.Threads.class,
      description = "Worker threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary line on stderr.")
  boolean quiet;

  private final Supplier<Engine> engine;

  DemoCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    Properties defaults = defaults();
    String name = defaults.getProperty("input");
    LocalDate published = LocalDate.parse(defaults.getProperty("published"));
    Path inputDir = out.resolve("input");
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException(
          "--out '" + out + "' is a file, not a directory: give a directory, e.g. hadath-out");
    }
    try {
      Files.createDirectories(inputDir);
    } catch (IOException e) {
      throw new UsageException(
          "cannot create the output directory '" + inputDir + "': " + e.getMessage());
    }
    Path input = inputDir.resolve(name);
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + RESOURCES + name + " is missing");
      }
      Files.copy(in, input, StandardCopyOption.REPLACE_EXISTING);
    }

    Engine engine = this.engine.get();
    IngestOptions options =
        new IngestOptions(
            InputFormat.AUTO, Optional.of(published), IngestOptions.DEFAULT_MAX_DOCUMENT_CHARS);
    List<DocumentResult> shown = new ArrayList<>();
    RunLog log = new RunLog(io, quiet);
    RunStats stats;
    try (OutputStream jsonl = ExtractCommand.PathChecks.open(out.resolve("events.jsonl"), "--out");
        OutputStream csv = ExtractCommand.PathChecks.open(out.resolve("events.csv"), "--out");
        OutputStream geojson =
            ExtractCommand.PathChecks.open(out.resolve("events.geojson"), "--out");
        OutputStream report =
            ExtractCommand.PathChecks.open(out.resolve("report.jsonl"), "--out")) {
      List<ResultWriter> writers =
          List.of(
              new JsonlWriter(jsonl, engine.provenance()),
              new AcledCsvWriter(csv),
              new GeoJsonWriter(geojson),
              new RunReportWriter(report));
      try {
        stats =
            new ExtractionRun(engine.pipeline(), threads)
                .run(
                    List.of(input.toString()),
                    options,
                    writers,
                    r -> {
                      log.result(r, "");
                      if (shown.size() < MAX_EVENTS_SHOWN) {
                        shown.add(r);
                      }
                    });
      } finally {
        for (ResultWriter w : writers) {
          w.close();
        }
      }
    }
    log.finish(stats);
    printSummary(io.stdoutText(), shown, stats, input, published);
    return ExitCodes.of(stats);
  }

  private void printSummary(
      PrintStream o,
      List<DocumentResult> results,
      RunStats stats,
      Path input,
      LocalDate published) {
    o.println(
        "hadath demo: "
            + input
            + " (published "
            + published
            + "): "
            + stats.events()
            + (stats.events() == 1 ? " event" : " events"));
    int n = 0;
    for (DocumentResult r : results) {
      if (r.status() != DocumentResult.Status.PROCESSED) {
        o.println(
            "  "
                + r.id()
                + ": "
                + r.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + r.reason().orElse(""));
      }
      for (Event e : r.events()) {
        if (++n > MAX_EVENTS_SHOWN) {
          break;
        }
        o.println();
        o.println("  " + n + ". " + e.eventType() + " / " + e.subEventType());
        o.println("     " + EventNotes.of(e));
        for (String field : SHOWN_FIELDS) {
          List<Evidence> ev = e.evidence(field);
          if (!ev.isEmpty()) {
            o.println(
                String.format(
                    java.util.Locale.ROOT,
                    "     %-12s «%s» (%s)",
                    field,
                    ev.get(0).text(),
                    ev.get(0).rule()));
          }
        }
      }
    }
    if (n == 0) {
      o.println("  No event was found in it.");
    }
    Path dir = out.toAbsolutePath().normalize();
    o.println();
    o.println("Outputs in " + dir + ":");
    o.println("  events.jsonl    one JSON line per document, with the evidence for every field");
    o.println("  events.csv      ACLED's 31 columns, one row per event");
    o.println("  events.geojson  the events as GeoJSON points (open it in any map viewer)");
    o.println("  report.jsonl    what became of each input document");
    o.println(
        "Next: ./hadath extract --published "
            + published
            + " "
            + input
            + "   (or any .txt/.html/.warc/.jsonl files or directories)");
    o.flush();
  }

  private static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + "demo.properties")) {
      if (in == null) {
        throw new IllegalStateException(RESOURCES + "demo.properties is missing from the jar");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
