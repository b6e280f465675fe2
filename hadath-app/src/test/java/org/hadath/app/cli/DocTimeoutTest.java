package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hadath.ingest.IngestOptions;
import org.hadath.model.DocumentResult;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocTimeoutTest {
  /**
   * The time limit under test. Documents that do not hang take microseconds; the limit is long
   * enough that they never reach it even on a machine many times oversubscribed.
   */
  private static final int LIMIT_SECONDS = 6;

  @TempDir Path dir;

  /** Lets the hung workers end once the test is over. */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseHungWorkers() {
    release.countDown();
  }

  /** A stage that hangs, ignoring interrupts, on documents whose text contains "hang". */
  private Stage hang() {
    return TestStages.stage(
        "hang",
        doc -> {
          if (!doc.document().text().contains("hang")) {
            return;
          }
          while (true) {
            try {
              if (release.await(1, TimeUnit.MINUTES)) {
                return;
              }
            } catch (InterruptedException e) {
              // a real hang ignores interrupts
            }
          }
        });
  }

  private List<DocumentResult> run(int threads, String... texts) throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Path p = dir.resolve("d" + i + ".txt");
      Files.writeString(p, texts[i], StandardCharsets.UTF_8);
      inputs.add(p.toString());
    }
    List<DocumentResult> out = new ArrayList<>();
    new ExtractionRun(
            Pipeline.of(List.of(hang())), threads, false, Duration.ofSeconds(LIMIT_SECONDS))
        .run(inputs, IngestOptions.defaults(), List.of(), out::add);
    return out;
  }

  @Test
  void aDocumentOverTheTimeLimitFailsNamingTheStageAndTheRunGoesOn() throws IOException {
    List<DocumentResult> r = run(1, "first report", "this one will hang", "third report");
    assertThat(r).extracting(DocumentResult::id).containsExactly("d0.txt", "d1.txt", "d2.txt");
    assertThat(r.get(1).status()).isEqualTo(DocumentResult.Status.FAILED);
    assertThat(r.get(1).reason().orElseThrow())
        .startsWith(
            "timed out after "
                + LIMIT_SECONDS
                + " s in stage hang ("
                + dir.resolve("d1.txt")
                + ")");
    assertThat(r.get(1).problems()).extracting(p -> p.stage()).containsExactly("hang");
    assertThat(r.get(0).status()).isNotEqualTo(DocumentResult.Status.FAILED);
    assertThat(r.get(2).status()).isNotEqualTo(DocumentResult.Status.FAILED);
  }

  @Test
  void documentsThatFinishedInTimeNeverTimeOutWhileAnEarlierOneHangs() throws IOException {
    // The fine documents finish on the second worker at once; their results wait behind the hung
    // first document for the whole time limit, which must not count against them.
    List<DocumentResult> r = run(2, "hang a", "fine b", "fine c", "fine d");
    assertThat(r)
        .extracting(DocumentResult::status)
        .containsExactly(
            DocumentResult.Status.FAILED,
            DocumentResult.Status.PROCESSED,
            DocumentResult.Status.PROCESSED,
            DocumentResult.Status.PROCESSED);
  }

  @Test
  void hungWorkersAreReplacedSoEveryDocumentIsAccountedFor() throws IOException {
    List<DocumentResult> r = run(2, "hang a", "hang b", "hang c", "fine d", "fine e");
    assertThat(r).hasSize(5);
    assertThat(r.subList(0, 3)).allMatch(d -> d.status() == DocumentResult.Status.FAILED);
    assertThat(r.subList(3, 5)).allMatch(d -> d.status() != DocumentResult.Status.FAILED);
  }
}
