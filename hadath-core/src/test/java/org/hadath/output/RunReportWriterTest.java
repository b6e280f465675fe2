package org.hadath.output;

import org.junit.jupiter.api.Test;

class RunReportWriterTest {
  @Test
  void oneLinePerDocumentMatchesGoldenFile() {
    Golden.assertMatches(
        "report.jsonl",
        Golden.write(
            RunReportWriter::new,
            Samples.processed(Samples.airStrike()),
            Samples.skipped(),
            Samples.failed()));
  }
}
