package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuzzCommandTest {
  @TempDir Path dir;

  @Test
  void aCleanRunPrintsTheSummaryAndExitsZero() {
    Cli.Run r =
        Cli.run(Engine::standard, "fuzz", "--count", "300", "--seed", "7", "--threads", "2");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("hadath fuzz: seed 7, 2 threads: ")
        .contains(" 0 invariant violations; ")
        .contains("  html ")
        .contains("  jsonl ")
        .contains("  warc ")
        .contains("slowest input: case-");
  }

  /** A stage that throws on every document: each read document is a violation. */
  private static Engine throwing() {
    Stage boom =
        TestStages.stage(
            "boom",
            doc -> {
              throw new IllegalStateException("boom");
            });
    return Engine.of(Pipeline.of(List.of(boom)));
  }

  @Test
  void violationsExitOneAndTheFailingInputsAreSavedForReplay() throws IOException {
    Path saved = dir.resolve("failures");
    Cli.Run r =
        Cli.run(
            FuzzCommandTest::throwing,
            "fuzz",
            "--count",
            "20",
            "--formats",
            "txt",
            "--threads",
            "1",
            "--save-failures",
            saved.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("pipeline failed 'case-").contains("stage 'boom' failed");
    assertThat(r.err()).contains("failing inputs saved in " + saved);
    try (Stream<Path> s = Files.list(saved)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .contains("violations.tsv")
          .anyMatch(n -> n.matches("case-\\d{6}\\.txt"));
    }
    assertThat(Files.readAllLines(saved.resolve("violations.tsv")).get(0))
        .matches("\\d+\tcase-\\d{6}\\.txt\t[^\t]*\tpipeline failed .*");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Run r = Cli.run("fuzz", "--formats", "html,pdf");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("--formats: unknown fuzz format 'pdf'; known formats: txt,html,jsonl,warc,gz");
  }
}
