package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hadath.output.AcledCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code extract} writes, where, and in which order. */
class ExtractOutputTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path seed() throws IOException {
    try (InputStream in =
        ExtractOutputTest.class.getResourceAsStream("seed-000_82c0b5339c11801b.txt")) {
      Path p = dir.resolve("000_82c0b5339c11801b.txt");
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  @Test
  void jsonlFollowsTheContractSchema() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            "--published",
            "2017-06-15",
            file("minas.txt", "غارة على Minas ثم غارة أخرى").toString(),
            file("plain.txt", "nothing").toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
    JsonNode doc = ContractSchema.checkDocumentLine(r.lines().get(0));
    assertThat(doc.get("events")).hasSize(2);
    JsonNode e = doc.get("events").get(0);
    assertThat(e.get("actor1").textValue()).isEqualTo("Military Forces of Gondor");
    assertThat(e.get("actor1_ar").textValue()).isEqualTo("جيش غوندور");
    assertThat(e.get("actor2").textValue()).isEmpty();
    assertThat(e.get("latitude").doubleValue()).isEqualTo(35.5);
    assertThat(e.get("event_date").textValue()).isEqualTo("2017-06-15");
    assertThat(e.get("evidence").get("event_type").get(0).get("text").textValue())
        .isEqualTo("غارة");
    assertThat(doc.get("provenance").get("dictionaries").get("test-keywords").textValue())
        .isEqualTo("1");
    ContractSchema.checkDocumentLine(r.lines().get(1));
  }

  @Test
  void seedWithTheStandardPipelineFollowsTheContractSchema() throws IOException {
    Cli.Run r =
        Cli.run(Engine::standard, "extract", "--published", "2017-06-15", seed().toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(1);
    JsonNode doc = ContractSchema.checkDocumentLine(r.lines().get(0));
    assertThat(doc.get("id").textValue()).isEqualTo("000_82c0b5339c11801b.txt");
    assertThat(doc.get("status").textValue()).isEqualTo("processed");
    assertThat(doc.get("events")).isNotEmpty();
    assertThat(doc.get("provenance").get("dictionaries").get("countries")).isNotNull();
  }

  @Test
  void arabicIsUtf8OnStdout() throws IOException {
    Cli.Run r = Cli.run("extract", file("a.txt", "غارة").toString());
    assertThat(r.out()).contains("\"actor1_ar\":\"جيش غوندور\"").doesNotContain("\\u");
  }

  @Test
  void acledCsvHasTheThirtyOneColumnsThenOneRowPerEvent() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            "--format",
            "acled-csv",
            "--published",
            "2017-06-15",
            file("a.txt", "غارة على Minas").toString(),
            file("b.txt", "nothing").toString(),
            file("c.txt", "airstrike, airstrike").toString());
    assertThat(r.code()).isZero();
    String[] rows = r.out().split("\r\n");
    assertThat(rows[0]).isEqualTo(String.join(",", AcledCsvWriter.COLUMNS));
    assertThat(rows[0].split(",")).hasSize(31);
    assertThat(rows).hasSize(4);
    assertThat(rows[1])
        .startsWith(
            ",2017-06-15,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,"
                + "Military Forces of Gondor,,1,,,0,10,,760,Middle East,Gondor,Anorien,,,"
                + "Minas Tirith,35.5000,38.2500,1,,,");
  }

  @Test
  void geojsonIsAValidFeatureCollection() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            "--format",
            "geojson",
            file("a.txt", "غارة على Minas").toString(),
            file("b.txt", "airstrike").toString(),
            file("c.txt", "").toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode fc = ContractSchema.parse(r.out());
    assertThat(fc.get("type").textValue()).isEqualTo("FeatureCollection");
    JsonNode fs = fc.get("features");
    assertThat(fs).hasSize(2);
    for (JsonNode f : fs) {
      assertThat(f.get("type").textValue()).isEqualTo("Feature");
      assertThat(f.has("geometry")).isTrue();
      ContractSchema.checkEvent(f.get("properties"));
    }
    assertThat(fs.get(0).get("geometry").get("type").textValue()).isEqualTo("Point");
    assertThat(fs.get(0).get("geometry").get("coordinates").get(0).doubleValue()).isEqualTo(38.25);
    assertThat(fs.get(1).get("geometry").isNull()).isTrue();
    assertThat(fs.get(1).get("properties").get("doc_id").textValue()).isEqualTo("b.txt");
  }

  @Test
  void outputOrderIsInputOrderWithTwoThreads() throws IOException {
    List<String> args = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(42));
    for (int i : order) {
      String name = String.format(java.util.Locale.ROOT, "doc-%03d.txt", i);
      String text = i % 3 == 0 ? "SLOW غارة " + i : (i % 7 == 0 ? "" : "text " + i);
      args.add(file(name, text).toString());
      expected.add(name);
    }
    List<String> cli = new ArrayList<>(List.of("extract", "--threads", "2", "--quiet"));
    cli.addAll(args);
    Cli.Run r = Cli.run(cli.toArray(new String[0]));
    assertThat(r.code()).isEqualTo(1); // the empty ones fail
    assertThat(r.lines()).hasSize(300);
    List<String> ids =
        r.lines().stream().map(l -> ContractSchema.parse(l).get("id").textValue()).toList();
    assertThat(ids).containsExactlyElementsOf(expected);
  }

  @Test
  void stdoutCarriesOnlyOutputAndStderrTheSummary() throws IOException {
    Cli.Run r = Cli.run("extract", file("a.txt", "غارة").toString(), file("b.txt", "").toString());
    for (String line : r.lines()) {
      ContractSchema.parse(line); // every stdout line is JSON
    }
    assertThat(r.err())
        .contains("2 documents: 1 processed, 0 skipped, 1 failed; 1 event;")
        .contains("docs/s");
  }

  @Test
  void quietSilencesStderr() throws IOException {
    Cli.Run r = Cli.run("extract", "--quiet", file("a.txt", "غارة").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(1);
  }

  @Test
  void outputOptionWritesTheFileAndNothingToStdout() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("extract", "-o", out.toString(), file("a.txt", "غارة").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    ContractSchema.checkDocumentLine(lines.get(0));
  }

  @Test
  void reportHasOneLinePerInputWithStatusAndReason() throws IOException {
    Path report = dir.resolve("report.jsonl");
    Cli.Run r =
        Cli.run(
            "extract",
            "--report",
            report.toString(),
            file("a.txt", "غارة غارة").toString(),
            file("b.txt", "").toString());
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3); // two documents, then the summary line
    assertThat(lines.get(2)).startsWith("{\"summary\":{\"documents\":2,\"processed\":1,");
    JsonNode a = ContractSchema.parse(lines.get(0));
    assertThat(a.get("id").textValue()).isEqualTo("a.txt");
    assertThat(a.get("status").textValue()).isEqualTo("processed");
    assertThat(a.get("events").intValue()).isEqualTo(2);
    assertThat(a.get("reason").isNull()).isTrue();
    JsonNode b = ContractSchema.parse(lines.get(1));
    assertThat(b.get("status").textValue()).isEqualTo("failed");
    assertThat(b.get("reason").textValue()).isNotBlank();
    assertThat(b.get("source").textValue()).endsWith("b.txt");
  }

  @Test
  void jsonlInputEchoesIdsAndFailsOnlyTheBadLine() throws IOException {
    Path feed =
        file(
            "feed.txt",
            "{\"id\": \"a-1\", \"text\": \"غارة\", \"published\": \"2017-06-01\"}\n"
                + "not json\n"
                + "{\"id\": \"b-2\", \"text\": \"hello\", \"language\": \"en\"}\n");
    Cli.Run r = Cli.run("extract", "--input", "jsonl", feed.toString());
    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> lines = r.lines().stream().map(ContractSchema::checkDocumentLine).toList();
    assertThat(lines)
        .extracting(l -> l.get("status").textValue())
        .containsExactly("processed", "failed", "processed");
    assertThat(lines.get(0).get("id").textValue()).isEqualTo("a-1");
    assertThat(lines.get(0).get("published").textValue()).isEqualTo("2017-06-01");
    assertThat(lines.get(0).get("events").get(0).get("event_date").textValue())
        .isEqualTo("2017-06-01");
    assertThat(lines.get(2).get("id").textValue()).isEqualTo("b-2");
    assertThat(lines.get(2).get("language").textValue()).isEqualTo("en");
  }

  @Test
  void publishedOptionIsTheDefaultForInputsWithoutADate() throws IOException {
    Cli.Run r = Cli.run("extract", "--published", "2017-06-15", file("a.txt", "غارة").toString());
    JsonNode doc = ContractSchema.checkDocumentLine(r.lines().get(0));
    assertThat(doc.get("published").textValue()).isEqualTo("2017-06-15");
  }

  @Test
  void dashReadsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("غارة".getBytes(StandardCharsets.UTF_8)));
      Cli.Run r = Cli.run("extract", "-");
      assertThat(r.code()).isZero();
      assertThat(r.lines()).hasSize(1);
      assertThat(ContractSchema.parse(r.lines().get(0)).get("events")).hasSize(1);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void directoryInputsAreReadRecursivelyInSortedOrder() throws IOException {
    file("in/b/2.txt", "airstrike");
    file("in/a.txt", "غارة");
    file("in/b/1.txt", "nothing");
    Cli.Run r = Cli.run("extract", dir.resolve("in").toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines().stream().map(l -> ContractSchema.parse(l).get("id").textValue()))
        .containsExactly("a.txt", "b/1.txt", "b/2.txt");
  }
}
