package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's exit codes: 0 all processed, 1 some document failed, 2 usage error. */
class ExitCodeTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void everyDocumentProcessedExitsZero() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            file("a.txt", "غارة على القرية").toString(),
            file("b.txt", "no event here").toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
  }

  @Test
  void missingInputFileExitsTwoAndWritesNothing() {
    Cli.Run r = Cli.run("extract", dir.resolve("no-such.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no-such.txt").contains("does not exist");
  }

  @Test
  void missingInputAmongGoodOnesExitsTwo() throws IOException {
    Cli.Run r =
        Cli.run("extract", file("a.txt", "غارة").toString(), dir.resolve("gone.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyFileAmongGoodOnesExitsOneAndEveryDocumentIsPresent() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            file("1.txt", "غارة جوية").toString(),
            file("2-empty.txt", "").toString(),
            file("3.txt", "an airstrike").toString());
    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> lines = r.lines().stream().map(ContractSchema::checkDocumentLine).toList();
    assertThat(lines)
        .extracting(l -> l.get("status").textValue())
        .containsExactly("processed", "failed", "processed");
    JsonNode failed = lines.get(1);
    assertThat(failed.get("reason").textValue()).isNotBlank();
    assertThat(failed.get("problems").get(0).get("stage").textValue()).isEqualTo("ingest");
    assertThat(lines.get(0).get("events")).hasSize(1);
    assertThat(lines.get(2).get("events")).hasSize(1);
  }

  @Test
  void stageThatThrowsFailsOnlyItsDocumentAndExitsOne() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            file("1.txt", "غارة").toString(),
            file("2.txt", "CRASH").toString(),
            file("3.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).hasSize(3);
    JsonNode failed = ContractSchema.parse(r.lines().get(1));
    assertThat(failed.get("status").textValue()).isEqualTo("failed");
    assertThat(failed.get("reason").textValue()).contains("CRASH");
    assertThat(r.err()).contains("failed: ").contains("2.txt");
  }

  @Test
  void badPublishedDateExitsTwo() throws IOException {
    String in = file("a.txt", "غارة").toString();
    for (String bad : List.of("2017-13-01", "2017-02-30", "15/06/2017", "yesterday")) {
      Cli.Run r = Cli.run("extract", "--published", bad, in);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.out()).as(bad).isEmpty();
      assertThat(r.err()).as(bad).contains("'" + bad + "'").contains("YYYY-MM-DD");
    }
  }

  @Test
  void unknownFormatExitsTwo() throws IOException {
    Cli.Run r = Cli.run("extract", "--format", "xml", file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("'xml'").contains("acled-csv");
  }

  @Test
  void unknownInputFormatExitsTwo() throws IOException {
    Cli.Run r = Cli.run("extract", "--input", "csv", file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void noInputExitsTwo() {
    assertThat(Cli.run("extract").code()).isEqualTo(2);
  }

  @Test
  void threadsBelowOneExitsTwo() throws IOException {
    Cli.Run r = Cli.run("extract", "--threads", "0", file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
  }

  @Test
  void unknownOptionExitsTwo() throws IOException {
    assertThat(Cli.run("extract", "--frobnicate", file("a.txt", "x").toString()).code())
        .isEqualTo(2);
  }

  @Test
  void unknownCommandExitsTwoWithSuggestion() {
    Cli.Run r = Cli.run("extrac", "a.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("extract");
  }

  @Test
  void noCommandExitsTwo() {
    Cli.Run r = Cli.run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("extract").contains("demo");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void outputInMissingDirectoryExitsTwo() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            "--output",
            dir.resolve("nowhere/out.jsonl").toString(),
            file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist").contains("mkdir -p");
  }

  @Test
  void reportPathThatIsADirectoryExitsTwo() throws IOException {
    Path parent = Files.createDirectory(dir.resolve("out"));
    Path target = Files.createDirectory(parent.resolve("taken.jsonl"));
    Cli.Run r = Cli.run("extract", "--report", target.toString(), file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--report").contains("is a directory");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void pipelineThatCannotBeBuiltIsACrashExitingOne() throws IOException {
    Cli.Run r =
        Cli.run(
            () -> {
              throw new IllegalStateException("actors.csv line 3: bad inter code");
            },
            "extract",
            file("a.txt", "غارة").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("internal error").contains("actors.csv line 3");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(Cli.run("--help").code()).isZero();
    assertThat(Cli.run("extract", "--help").code()).isZero();
    Cli.Run v = Cli.run("version");
    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("hadath 0.1.0\n");
    assertThat(Cli.run("--version").out()).isEqualTo("hadath 0.1.0\n");
  }
}
