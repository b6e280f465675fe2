package org.hadath.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hadath.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI fuzz run: at least 100,000 mutated documents in HTML, text, JSONL, WARC and gzip files
 * through the real ingest and the standard pipeline, with zero invariant violations.
 */
class FuzzCiTest {
  static final long COUNT = Long.getLong("hadath.fuzz.count", 100_000L);

  /** Cases are planned for this many documents; blank JSONL lines and cut files hold fewer. */
  static final long PLANNED = COUNT + COUNT / 10;

  @TempDir Path work;

  private static long cpu() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  @Test
  void oneHundredThousandFuzzedDocumentsAreAllAccountedForWithoutViolations() throws IOException {
    Fuzzer fuzzer = new Fuzzer(Pipelines.standard(), Pipelines.provenance());
    Fuzzer.Config config =
        new Fuzzer.Config(
            PLANNED,
            20261125L,
            2,
            List.of(FuzzFormat.values()),
            20_000,
            Duration.ofSeconds(60),
            Optional.of(work.resolve("failures")));
    long cpu0 = cpu();
    Fuzzer.Report report = fuzzer.run(config, work, d -> {});
    System.err.printf("fuzz CPU seconds: %.1f%n", (cpu() - cpu0) / 1e9);
    Fuzzer.Counts t = report.total();
    System.err.printf(
        "fuzz: %d cases, %d documents (%d processed, %d skipped, %d failed), %d violations, %.0f docs/s%n",
        t.cases(),
        t.documents(),
        t.processed(),
        t.skipped(),
        t.failed(),
        t.violations(),
        report.documentsPerSecond());
    report
        .perFormat()
        .forEach(
            (k, v) ->
                System.err.printf(
                    "  %s: %d cases, %d docs, %d/%d/%d%n",
                    k, v.cases(), v.documents(), v.processed(), v.skipped(), v.failed()));
    System.err.println("slowest: " + report.slowest());
    report.violations().stream().limit(40).forEach(v -> System.err.println("  VIOLATION " + v));
    assertThat(report.violations().size()).as("violations (listed above)").isZero();
    assertThat(t.violations()).isZero();
    assertThat(t.documents()).isGreaterThanOrEqualTo(COUNT);
    assertThat(t.processed() + t.skipped() + t.failed()).isEqualTo(t.documents());
  }
}
