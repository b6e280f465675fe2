package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hadath.output.AcledCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoWritesEveryFormatAndSaysWhereToLook() throws IOException {
    Path out = dir.resolve("hadath-out");
    Cli.Run r = Cli.run(Engine::standard, "demo", "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(out.resolve("input/000_82c0b5339c11801b.txt")).exists();
    List<String> jsonl = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
    assertThat(jsonl).hasSize(1);
    var doc = ContractSchema.checkDocumentLine(jsonl.get(0));
    assertThat(doc.get("published").textValue()).isEqualTo("2017-06-15");
    assertThat(Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8))
        .startsWith(String.join(",", AcledCsvWriter.COLUMNS) + "\r\n");
    assertThat(
            ContractSchema.parse(Files.readString(out.resolve("events.geojson")))
                .get("type")
                .textValue())
        .isEqualTo("FeatureCollection");
    assertThat(Files.readAllLines(out.resolve("report.jsonl"))).hasSize(1);
    assertThat(r.out()).contains("Outputs in " + out.toAbsolutePath().normalize());
  }

  @Test
  void demoSummarisesEachEventWithItsEvidence() {
    Cli.Run r = Cli.run("demo", "--out", dir.resolve("o").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("(published 2017-06-15): 1 event")
        .contains("1. Explosions/Remote violence / Air/drone strike")
        .contains("On 15 June 2017, Military Forces of Gondor carried out an air/drone strike.")
        .contains("event_type   «غارات» (test:keyword)");
  }

  @Test
  void demoOutIntoAFileIsAUsageError() throws IOException {
    Path f = Files.writeString(dir.resolve("file"), "x");
    Cli.Run r = Cli.run("demo", "--out", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is a file");
  }
}
