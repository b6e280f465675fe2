package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} skips off-topic documents unless {@code --no-relevance}; {@code eval relevance}.
 */
class RelevanceCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SPORTS =
      "{\"id\": \"sports\", \"language\": \"ar\", \"text\": \"شن أصحاب الأرض هجوما مكثفا في الشوط"
          + " الثاني من المباراة، وأطلق اللاعب قذيفة سكنت المرمى، ليحسم الفريق ديربي الدوري.\"}";
  private static final String REPORT =
      "{\"id\": \"report\", \"language\": \"ar\", \"published\": \"2017-06-15\", \"text\": \"قتل"
          + " عشرة مدنيين بقصف لطيران التحالف الدولي على حي المشلب بمدينة الرقة أمس الأربعاء.\"}";

  @TempDir Path dir;

  private Path input() throws IOException {
    Path p = dir.resolve("in.jsonl");
    Files.writeString(p, SPORTS + "\n" + REPORT + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void extractSkipsAnOffTopicDocumentWithItsReasonAndKeepsItInTheOutput() throws IOException {
    Cli.Run r = Cli.run(Engine::standard, "extract", "--input", "jsonl", "-q", input().toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
    JsonNode sports = JSON.readTree(r.lines().get(0));
    assertThat(sports.get("id").asText()).isEqualTo("sports");
    assertThat(sports.get("status").asText()).isEqualTo("skipped");
    assertThat(sports.get("events")).isEmpty();
    assertThat(r.lines().get(0)).contains("not a conflict report (sports: «");
    JsonNode report = JSON.readTree(r.lines().get(1));
    assertThat(report.get("events").size()).isPositive();
    assertThat(sports.get("provenance").get("dictionaries").has("off-topic")).isTrue();
  }

  @Test
  void noRelevanceProcessesEveryDocument() throws IOException {
    for (String option : new String[] {"--no-relevance", "--all"}) {
      Cli.Run r =
          Cli.run(
              Engine::standard, "extract", "--input", "jsonl", "-q", option, input().toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).doesNotContain("not a conflict report");
      assertThat(JSON.readTree(r.lines().get(0)).get("status").asText()).isEqualTo("processed");
    }
  }

  @Test
  void evalRelevanceReportsSkipPrecisionAndRecall() throws IOException {
    Path labelled = dir.resolve("labelled.jsonl");
    Files.writeString(
        labelled,
        SPORTS.replace("}", ", \"relevant\": false}") + "\n" + REPORT + "\n",
        StandardCharsets.UTF_8);
    Path json = dir.resolve("m.json");
    Cli.Run r =
        Cli.run(
            Engine::standard, "eval", "relevance", labelled.toString(), "--json", json.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("| 2 | 1 | 0 | 1 | 1 | 1.000 | 1.000 |");
    assertThat(r.err())
        .contains(
            "2 documents: 0 conflict reports skipped, 0 off-topic processed; skip precision 1.000,"
                + " recall 1.000");
    assertThat(JSON.readTree(json.toFile()).get("skip_recall").asDouble()).isEqualTo(1.0);
  }

  @Test
  void evalRelevanceRejectsANonBooleanLabelNamingTheLine() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"text\": \"نص\", \"relevant\": \"no\"}\n", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run(Engine::standard, "eval", "relevance", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.jsonl:1").contains("\"relevant\" must be true or false");
  }
}
