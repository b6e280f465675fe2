package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000-record WARC in the Common Crawl CC-NEWS layout (built by tools/make-ccnews-warc.py from
 * the ingest HTML fixtures and invented reports; its docstring lists every record) runs end to end
 * through {@code hadath extract --report} with the standard pipeline, and the run report accounts
 * for every record: 261 documents (response records that hold, or should hold, an HTML or text page
 * with a 2xx status, and the record the file cuts off) each with one line, and 739 records passed
 * over as not documents (warcinfo, request, metadata, revisit, redirects, 404s, images, PDFs).
 */
class RunReportWarcTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyRecordOfACcNewsWarcIsAccountedForInTheRunReport()
      throws IOException, URISyntaxException {
    Path warc = Path.of(getClass().getResource("/warc/cc-news-1000.warc.gz").toURI());
    Path report = dir.resolve("report.jsonl");
    Cli.Run r =
        Cli.run(
            Engine::standard,
            "extract",
            "--threads",
            "2",
            "--report",
            report.toString(),
            warc.toString());
    assertThat(r.code()).isEqualTo(1); // broken records fail
    List<String> out = r.lines();
    List<String> rep = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(out).hasSize(261);
    assertThat(rep).hasSize(262);

    // One report line per output line, same ids, same order.
    List<String> outIds = new ArrayList<>();
    for (String l : out) {
      outIds.add(json.readTree(l).get("id").textValue());
    }
    List<JsonNode> docs = new ArrayList<>();
    for (String l : rep.subList(0, 261)) {
      docs.add(json.readTree(l));
    }
    assertThat(docs).extracting(d -> d.get("id").textValue()).containsExactlyElementsOf(outIds);
    assertThat(outIds).doesNotHaveDuplicates();

    JsonNode s = json.readTree(rep.get(261)).get("summary");
    assertThat(s.get("documents").longValue()).isEqualTo(261);
    assertThat(s.get("passed_over").longValue()).isEqualTo(739);
    assertThat(s.get("documents").longValue() + s.get("passed_over").longValue()).isEqualTo(1000);
    assertThat(s.get("passed_over_listed").get(0).textValue())
        .isEqualTo(warc + " (739 records without an HTML or text page)");
    assertThat(s.get("failed").longValue()).isEqualTo(11);
    JsonNode by = s.get("skipped_by_reason");
    assertThat(by.get("duplicate").longValue()).isEqualTo(34);
    assertThat(by.get("unsupported language").longValue()).isEqualTo(4);
    assertThat(by.get("empty").longValue()).isEqualTo(3);
    long notConflict =
        by.has("not a conflict report") ? by.get("not a conflict report").asLong() : 0;
    // A relevance stage moves reports from processed to "not a conflict report", never elsewhere.
    assertThat(s.get("processed").longValue() + notConflict).isEqualTo(209);
    long bySum = 0;
    for (JsonNode n : by) {
      bySum += n.longValue();
    }
    assertThat(bySum).isEqualTo(s.get("skipped").longValue());
    assertThat(s.get("processed").longValue() + s.get("skipped").longValue() + 11).isEqualTo(261);

    // Every line agrees with the summary; every skipped or failed line has its reason.
    Map<String, Integer> status = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (JsonNode d : docs) {
      String st = d.get("status").textValue();
      status.merge(st, 1, Integer::sum);
      if (!st.equals("processed")) {
        assertThat(d.get("reason").textValue()).isNotBlank();
      }
      if (st.equals("failed")) {
        failures.add(d.get("reason").textValue());
      }
    }
    assertThat(status.get("failed")).isEqualTo(11);
    assertThat(status.get("processed")).isEqualTo((int) s.get("processed").longValue());
    assertThat(failures.stream().filter(f -> f.contains("not in gzip format"))).hasSize(4);
    assertThat(
            failures.stream()
                .filter(
                    f -> f.contains("its HTTP message cannot be decoded") && !f.contains("gzip")))
        .hasSize(3);
    assertThat(failures.stream().filter(f -> f.contains("is a binary file"))).hasSize(2);
    assertThat(failures.stream().filter(f -> f.contains("(0 bytes)"))).hasSize(1);
    assertThat(docs.get(260).get("id").textValue()).isEqualTo("cc-news-1000.warc.gz");
    assertThat(failures.get(10))
        .contains("malformed WARC record at byte offset")
        .contains("records after it were not read");

    // Near-duplicate clusters: every copy points at its original, and they add up.
    Map<String, String> dupOf = new HashMap<>();
    for (JsonNode d : docs) {
      if (d.has("duplicate_of")) {
        dupOf.put(d.get("id").textValue(), d.get("duplicate_of").textValue());
      }
    }
    int copies = 0;
    for (JsonNode c : s.get("duplicate_clusters")) {
      for (JsonNode id : c.get("duplicates")) {
        assertThat(dupOf.get(id.textValue())).isEqualTo(c.get("original").textValue());
        copies++;
      }
    }
    assertThat(copies).isEqualTo(34).isEqualTo(dupOf.size());
    assertThat(r.err())
        .contains(
            "hadath: 261 documents: "
                + s.get("processed").longValue()
                + " processed, "
                + s.get("skipped").longValue()
                + " skipped (34 duplicates, ")
        .contains("11 failed; ")
        .contains("739 inputs passed over (not documents)");
  }
}
