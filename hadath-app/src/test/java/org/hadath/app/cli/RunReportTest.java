package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hadath.model.DocumentResult;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report: every input accounted for (processed, skipped by reason, failed, passed over),
 * near-duplicate clusters, the summary line, progress with ETA, and output that does not depend on
 * the number of threads.
 */
class RunReportTest {
  private static final String STORY =
      "غارة على Minas صباح اليوم أسفرت عن مقتل ثلاثة مدنيين وجرح خمسة آخرين بحسب مصادر محلية"
          + " في المدينة، وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض بعد ساعات.";
  private static final String OTHER =
      "غارات على قرى الريف الشرقي مساء الأمس استهدفت مستودعا للذخيرة قرب المطار العسكري دون أن"
          + " تسفر عن خسائر بشرية، بحسب ما أفاد ناشطون في المنطقة الشرقية من المحافظة.";

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** The test pipeline, after a stage that skips sports and French texts as real stages do. */
  private static Engine skipping() {
    Stage skip =
        TestStages.stage(
            "test-skip",
            a -> {
              String t = a.document().text();
              if (t.contains("FOOTBALL")) {
                a.skip("not a conflict report: no conflict trigger (score 0.02 < 0.5)");
              } else if (t.contains("FRENCH")) {
                a.skip("unsupported language: 'fr' (script); hadath reads Arabic and English");
              } else if (t.contains("BLANK")) {
                a.skip("empty: the document has no body text");
              }
            });
    return Engine.of(Pipeline.of(List.of(skip, TestPipeline.engine().pipeline().stages().get(0))));
  }

  @Test
  void summaryBreaksSkippedDownByReasonAndReportEndsWithClusters() throws IOException {
    Path report = dir.resolve("report.jsonl");
    List<String> args =
        new ArrayList<>(List.of("extract", "--threads", "2", "--report", report.toString()));
    args.add(file("in/a.txt", STORY));
    args.add(file("in/b.txt", OTHER));
    args.add(file("in/c.txt", STORY + " (وكالات)"));
    args.add(file("in/d.txt", "FOOTBALL: the derby ended in a draw after a late goal."));
    args.add(file("in/e.txt", OTHER + " (متابعات)"));
    args.add(file("in/f.txt", "FRENCH Le match a été reporté à cause de la pluie."));
    args.add(file("in/g.txt", "BLANK"));
    args.add(file("in/h.txt", "  " + STORY.replace("،", ",")));
    args.add(file("in/i.txt", "CRASH"));
    file("in/photo.jpg", "not a document");
    args.add(dir.resolve("in/photo.jpg").toString()); // named: read whatever its name
    Cli.Run r = Cli.run(RunReportTest::skipping, args.toArray(new String[0]));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "hadath: 10 documents: 3 processed, 6 skipped (3 duplicates, 1 not a conflict report,"
                + " 1 unsupported language, 1 empty), 1 failed; 2 events; 2 near-duplicate"
                + " clusters; ");
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(11);
    JsonNode s = json.readTree(lines.get(10)).get("summary");
    assertThat(s.toString())
        .isEqualTo(
            "{\"documents\":10,\"processed\":3,\"skipped\":6,\"skipped_by_reason\":"
                + "{\"duplicate\":3,\"not a conflict report\":1,\"unsupported language\":1,"
                + "\"empty\":1},\"failed\":1,\"events\":2,\"duplicate_clusters\":["
                + "{\"original\":\"a.txt\",\"duplicates\":[\"c.txt\",\"h.txt\"]},"
                + "{\"original\":\"b.txt\",\"duplicates\":[\"e.txt\"]}],"
                + "\"passed_over\":0,\"passed_over_listed\":[]}");
    assertThat(json.readTree(lines.get(7)).get("duplicate_of").textValue()).isEqualTo("a.txt");
  }

  @Test
  void filesThatAreNotDocumentsAreCountedAsPassedOver() throws IOException {
    Path report = dir.resolve("report.jsonl");
    file("in/a.txt", STORY);
    file("in/photo.jpg", "x");
    file("in/style.css", "x");
    Cli.Run r = Cli.run("extract", "--report", report.toString(), dir.resolve("in").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 event; 2 inputs passed over (not documents); ");
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    JsonNode s = json.readTree(lines.get(lines.size() - 1)).get("summary");
    assertThat(s.get("passed_over").intValue()).isEqualTo(2);
    assertThat(s.get("passed_over_listed").toString())
        .isEqualTo(
            json.writeValueAsString(
                List.of(
                    dir.resolve("in/photo.jpg").toString(),
                    dir.resolve("in/style.css").toString())));
  }

  @Test
  void threadsOneAndTwoGiveByteIdenticalOutputAndReport() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String name = String.format(java.util.Locale.ROOT, "d/%03d.txt", i);
      String text =
          switch (i % 6) {
            case 0 -> "SLOW " + STORY + " " + i;
            case 1 -> OTHER;
            case 2 -> "SLOW text " + i + " غارة غارة";
            case 3 -> i % 12 == 3 ? "" : "CRASH " + i;
            case 4 -> "FOOTBALL " + i;
            default -> "SLOW airstrike " + i + " on Minas";
          };
      file(name, text);
    }
    file(
        "d/feed.jsonl",
        "{\"id\":\"j1\",\"text\":\"غارة\"}\n{bad json\n{\"id\":\"j2\",\"text\":\"x\"}\n");
    inputs.add(dir.resolve("d").toString());
    for (String format : List.of("jsonl", "acled-csv", "geojson")) {
      Path rep1 = dir.resolve("r1-" + format);
      Path rep2 = dir.resolve("r2-" + format);
      Cli.Run one = Cli.run(RunReportTest::skipping, args(format, "1", rep1, inputs));
      Cli.Run two = Cli.run(RunReportTest::skipping, args(format, "2", rep2, inputs));
      assertThat(one.code()).isEqualTo(1);
      assertThat(two.code()).isEqualTo(one.code());
      assertThat(one.out()).isNotEmpty();
      assertThat(two.out()).isEqualTo(one.out());
      assertThat(Files.readAllBytes(rep2)).isEqualTo(Files.readAllBytes(rep1));
    }
  }

  private static String[] args(String format, String threads, Path report, List<String> inputs) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "extract",
                "--quiet",
                "--format",
                format,
                "--threads",
                threads,
                "--report",
                report.toString()));
    a.addAll(inputs);
    return a.toArray(new String[0]);
  }

  @Test
  void progressShowsShareReadAndEtaWhenTheInputSizeIsKnown() {
    RunStats s = new RunStats();
    for (int i = 0; i < 40; i++) {
      s.add(DocumentResult.failed("d" + i, "d" + i, "x"));
    }
    assertThat(Progress.line(s, 10)).isEqualTo("40 documents, 0 events, 40 failed, 4 docs/s");
    s.totalBytes(4 * 1024 * 1024);
    s.bytesRead(1024 * 1024);
    assertThat(Progress.line(s, 10))
        .isEqualTo("40 documents, 0 events, 40 failed, 4 docs/s, 25% of 4.0 MB, ETA 0:30");
    s.bytesRead(4 * 1024 * 1024);
    assertThat(Progress.line(s, 3700)).endsWith("100% of 4.0 MB, ETA 0:00");
    assertThat(Progress.duration(3725)).isEqualTo("1:02:05");
    assertThat(Progress.size(532)).isEqualTo("532 B");
  }

  @Test
  void skipReasonKindIsTheReasonBeforeItsColon() {
    DocumentResult r =
        new DocumentResult(
            "a",
            "a",
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            DocumentResult.Status.SKIPPED,
            java.util.Optional.of("Unsupported language: 'fr' (script)"),
            List.of(),
            List.of());
    assertThat(RunStats.skipReason(r)).isEqualTo("unsupported language");
  }
}
