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

/** {@code hadath eval}: exit codes, stdout shape and the metrics JSON, on the test pipeline. */
class EvalCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Two invented reports: one air strike found (place wrong), one gold event missed. */
  private Path gold() throws IOException {
    return file(
        "gold.jsonl",
        "{\"id\": \"g1\", \"lang\": \"ar\", \"published\": \"2017-06-15\", \"text\": \"غارة على"
            + " Minas اليوم\", \"events\": [{\"event_type\": \"Explosions/Remote violence\","
            + " \"sub_event_type\": \"Air/drone strike\", \"actor1\": [\"Gondor\"], \"actor2\": [],"
            + " \"admin1\": \"Anorien\", \"location\": [\"Osgiliath\"], \"lat\": 36.5, \"lon\":"
            + " 38.25, \"date\": \"2017-06-15\", \"fatalities\": 0, \"wounded_min\": null,"
            + " \"civilian_targeting\": false}]}\n"
            + "{\"id\": \"g2\", \"lang\": \"en\", \"published\": null, \"text\": \"Fighting in"
            + " the hills.\", \"events\": [{\"event_type\": \"Battles\", \"sub_event_type\":"
            + " \"Armed clash\", \"actor1\": [], \"actor2\": [], \"admin1\": null, \"location\":"
            + " [], \"lat\": null, \"lon\": null, \"date\": null, \"fatalities\": 0,"
            + " \"wounded_min\": null, \"civilian_targeting\": false}]}\n");
  }

  @Test
  void goldModePrintsDiffAndTableAndExitsZero() throws IOException {
    Path json = dir.resolve("m.json");
    Cli.Run r = Cli.run("eval", "--gold", gold().toString(), "--json", json.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "== g1 ("
                + dir.resolve("gold.jsonl")
                + ":1, ar, processed): 1 gold, 1 predicted, 1 matched")
        .contains(
            "    location            gold: Osgiliath @36.5000,38.2500 | predicted: Minas Tirith @35.5000,38.2500")
        .contains("== g2 (")
        .contains("  MISSED Battles / Armed clash")
        .contains("F1");
    assertThat(r.err())
        .contains("hadath eval gold: 2 documents scored: 2 gold events, 1 predicted, 1 matched");
    JsonNode m = new ObjectMapper().readTree(json.toFile());
    assertThat(m.get("mode").textValue()).isEqualTo("gold");
    JsonNode all = m.get("groups").get("all");
    assertThat(all.get("precision").doubleValue()).isEqualTo(1.0);
    assertThat(all.get("recall").doubleValue()).isEqualTo(0.5);
    assertThat(all.get("fields").get("actor1").get("accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(all.get("fields").get("location").get("right").intValue()).isZero();
    assertThat(all.get("fields").get("event_date").get("right").intValue()).isEqualTo(1);
    assertThat(m.get("groups").get("ar").get("matched").intValue()).isEqualTo(1);
    assertThat(m.get("groups").get("en").get("recall").doubleValue()).isZero();
  }

  @Test
  void noDiffPrintsOnlyTheTable() throws IOException {
    Cli.Run r = Cli.run("eval", "--no-diff", "--gold", gold().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("== g1").contains("precision");
  }

  @Test
  void acledModeScoresEachRowAsOneDocument() throws IOException {
    Path csv =
        file(
            "a.csv",
            "event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,fatalities,notes\n"
                + "3-May-20,Explosions/Remote violence,Air/drone strike,Military Forces of Gondor,,Anorien,Minas Tirith,35.5,38.25,0,\"On 3 May 2020, an airstrike hit Minas Tirith.\"\n");
    Cli.Run r = Cli.run("eval", "acled", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("==").contains("matched");
    assertThat(r.err()).contains("1 documents scored: 1 gold events, 1 predicted, 1 matched");
  }

  @Test
  void sentencesModeReportsPerClass() throws IOException {
    Path s =
        file(
            "s.jsonl",
            "{\"id\": \"s1\", \"category\": \"ASSAULT\", \"text\": \"غارة على القرية\"}\n"
                + "{\"id\": \"s2\", \"category\": \"PROTEST\", \"text\": \"تظاهر المئات\"}\n");
    Path json = dir.resolve("s.json");
    Cli.Run r = Cli.run("eval", "sentences", s.toString(), "--json", json.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("== s2 (")
        .contains("gold PROTEST, predicted []")
        .contains("ASSAULT");
    JsonNode m = new ObjectMapper().readTree(json.toFile());
    assertThat(m.get("classes").get("ASSAULT").get("recall").doubleValue()).isEqualTo(1.0);
    assertThat(m.get("classes").get("PROTEST").get("recall").doubleValue()).isZero();
  }

  @Test
  void missingGoldFileExitsTwo() {
    Cli.Run r = Cli.run("eval", "--gold", dir.resolve("none.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("none.jsonl").contains("does not exist");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badGoldLineExitsTwoNamingFileAndLine() throws IOException {
    Path bad =
        file(
            "bad.jsonl",
            "{\"id\": \"x\", \"lang\": \"ar\", \"text\": \"t\", \"events\": []}\n{oops\n");
    Cli.Run r = Cli.run("eval", "--gold", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":2: not a JSON object");
  }

  @Test
  void unknownModeOrNothingToScoreExitsTwo() throws IOException {
    assertThat(Cli.run("eval", "pitf", gold().toString()).code()).isEqualTo(2);
    assertThat(Cli.run("eval").code()).isEqualTo(2);
    assertThat(Cli.run("eval", "acled").code()).isEqualTo(2);
    assertThat(Cli.run("eval", "--gold", gold().toString(), "acled", "x.csv").code()).isEqualTo(2);
  }

  @Test
  void jsonInMissingDirectoryExitsTwo() throws IOException {
    Cli.Run r =
        Cli.run("eval", "--gold", gold().toString(), "--json", dir.resolve("no/m.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist");
  }
}
