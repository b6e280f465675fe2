package org.hadath.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String STORY =
      "Three civilians were killed and five wounded on Tuesday when an air strike hit a market in"
          + " the town of Saraqib, east of Idlib, local sources said. The strike destroyed several"
          + " shops and a car, and rescuers searched the rubble for hours.";

  private static int[] sig(String text) {
    return MinHash.signature(text);
  }

  @Test
  void aCopyNamesTheEarlierDocumentWithItsSimilarity() {
    NearDuplicates d = new NearDuplicates();
    assertThat(d.check("a", sig(STORY))).isEmpty();
    Optional<NearDuplicates.Match> m = d.check("b", sig(STORY + " Agencies contributed."));
    assertThat(m).isPresent();
    assertThat(m.get().original()).isEqualTo("a");
    assertThat(m.get().similarity()).isGreaterThan(0.8);
  }

  @Test
  void copiesOfACopyNameTheClusterOriginal() {
    NearDuplicates d = new NearDuplicates();
    d.check("a", sig(STORY));
    d.check("b", sig(STORY));
    assertThat(d.check("c", sig(STORY)).map(NearDuplicates.Match::original)).contains("a");
    assertThat(d.size()).isEqualTo(1);
  }

  @Test
  void aDifferentReportIsNotADuplicate() {
    NearDuplicates d = new NearDuplicates();
    d.check("a", sig(STORY));
    assertThat(
            d.check(
                "b",
                sig(
                    "Government forces shelled the outskirts of Saraqib, east of Idlib, on"
                        + " Wednesday, wounding two fighters of the opposition factions, according"
                        + " to a war monitor.")))
        .isEmpty();
    assertThat(d.size()).isEqualTo(2);
  }

  @Test
  void tooShortTextsAreNeverDuplicatesNorIndexed() {
    NearDuplicates d = new NearDuplicates();
    assertThat(d.check("a", sig("Breaking news"))).isEmpty();
    assertThat(d.check("b", sig("Breaking news"))).isEmpty();
    assertThat(d.size()).isZero();
  }

  @Test
  void theIndexForgetsTheOldestWhenFull() {
    NearDuplicates d = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, 2);
    d.check("a", sig(STORY));
    d.check("x", sig("one two three four five six seven eight nine ten eleven"));
    d.check("y", sig("alpha beta gamma delta epsilon zeta eta theta iota kappa"));
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.check("b", sig(STORY))).isEmpty(); // «a» was forgotten: «b» is a new original
    assertThat(d.check("c", sig(STORY)).map(NearDuplicates.Match::original)).contains("b");
  }

  @Test
  void memoryStaysBoundedOnALongStream() {
    NearDuplicates d = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, 100);
    for (int i = 0; i < 5000; i++) {
      d.check("d" + i, sig("report number " + i + " of a long stream of distinct reports " + i));
    }
    assertThat(d.size()).isEqualTo(100);
  }

  /** Precision and recall on syndicated copies of gold-dev reports (BENCHMARKS.md). */
  @Test
  void precisionAndRecallOnSyndicatedCopies() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> docs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                NearDuplicatesTest.class.getResourceAsStream("syndicated.jsonl"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        docs.add(json.readTree(line));
      }
    }
    NearDuplicates d = new NearDuplicates();
    int truePos = 0;
    int flagged = 0;
    int copies = 0;
    double minCopySim = 1;
    List<String> errors = new ArrayList<>();
    for (JsonNode doc : docs) {
      String id = doc.get("id").asText();
      String expected = doc.get("original").isNull() ? null : doc.get("original").asText();
      Optional<NearDuplicates.Match> m = d.check(id, sig(doc.get("text").asText()));
      if (expected != null) {
        copies++;
      }
      if (m.isPresent()) {
        flagged++;
        if (m.get().original().equals(expected)) {
          truePos++;
          minCopySim = Math.min(minCopySim, m.get().similarity());
        } else {
          errors.add(id + " flagged as a copy of " + m.get());
        }
      } else if (expected != null) {
        errors.add(id + " missed");
      }
    }
    double precision = truePos / (double) flagged;
    double recall = truePos / (double) copies;
    System.out.printf(
        "near-duplicates: %d documents, %d copies, %d flagged, %d right; precision %.3f, recall"
            + " %.3f, lowest copy similarity %.3f; %s%n",
        docs.size(), copies, flagged, truePos, precision, recall, minCopySim, errors);
    assertThat(docs).hasSize(105);
    assertThat(copies).isEqualTo(45);
    assertThat(precision).isGreaterThanOrEqualTo(1.0);
    assertThat(recall).isGreaterThanOrEqualTo(1.0);
  }
}
