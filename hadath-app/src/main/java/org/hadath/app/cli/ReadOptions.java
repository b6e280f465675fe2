package org.hadath.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.InputFormat;
import picocli.CommandLine.Option;

/**
 * The options every command that reads documents shares: how to read the inputs and how many worker
 * threads to use. A picocli mixin, so each command states them once.
 */
final class ReadOptions {
  @Option(
      names = "--input",
      paramLabel = "FORMAT",
      converter = Converters.Input.class,
      description =
          "jsonl: every input is JSON Lines, one document per line: {\"id\", \"text\","
              + " \"title\"?, \"url\"?, \"published\"?, \"language\"?}. Default: by file name.")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.IsoDate.class,
      description = "Publication date for inputs that carry none (resolves «yesterday»).")
  LocalDate published;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      converter = Converters.Threads.class,
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Ingest options with these choices and a per-document character limit. */
  IngestOptions ingest(long maxChars) {
    return new IngestOptions(inputFormat, Optional.ofNullable(published), maxChars);
  }
}
