package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WARC input: one document per HTML or text response or resource record. */
class WarcInputTest {
  @Test
  void htmlAndTextRecordsAreDocumentsAndOthersAreSkipped() {
    String warc = Fixtures.path("warc/pages.warc").toString();
    try (IngestStream s = Ingest.open(List.of(warc), IngestOptions.defaults())) {
      List<String> ids = new java.util.ArrayList<>();
      List<String> sources = new java.util.ArrayList<>();
      s.forEach(
          i -> {
            ids.add(i.id());
            sources.add(i.source());
          });
      assertThat(ids)
          .containsExactly(
              "urn:uuid:00000000-0000-4000-8000-000000000003",
              "urn:uuid:00000000-0000-4000-8000-000000000006",
              "urn:uuid:00000000-0000-4000-8000-000000000007");
      assertThat(sources)
          .allMatch(src -> src.matches(java.util.regex.Pattern.quote(warc) + "@\\d+"));
      assertThat(s.skipped()).containsExactly(warc + " (5 records without an HTML or text page)");
      assertThat(s.skippedCount()).isEqualTo(5);
    }
  }

  @Test
  void gzippedWarcGivesTheSameDocuments() {
    List<Ingested> plain = Fixtures.ingest(Fixtures.path("warc/pages.warc").toString());
    List<Ingested> gz = Fixtures.ingest(Fixtures.path("warc/pages.warc.gz").toString());
    assertThat(gz)
        .extracting(i -> ((Ingested.Read) i).document().text())
        .isEqualTo(
            plain.stream()
                .map(i -> ((Ingested.Read) i).document().text())
                .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void chunkedWindows1256ResponseIsDecodedByItsHttpCharset() {
    Ingested.Read r =
        (Ingested.Read) Fixtures.ingest(Fixtures.path("warc/pages.warc").toString()).get(1);
    assertThat(r.document().title()).contains("قصف على حي الوعر");
    assertThat(r.document().url()).contains("https://example.org/homs-1256");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void truncatedRecordFailsCorruptAfterTheGoodRecords() {
    String warc = Fixtures.path("warc/truncated-record.warc").toString();
    List<Ingested> all = Fixtures.ingest(warc);
    assertThat(all).hasSize(2);
    Ingested.Failed f = (Ingested.Failed) all.get(1);
    assertThat(f.cause()).isEqualTo(Ingested.Cause.CORRUPT);
    assertThat(f.id()).isEqualTo("truncated-record.warc");
    assertThat(f.reason())
        .contains("malformed WARC record at byte offset ")
        .contains("records after it were not read");
  }

  private static String record(String id, String block) {
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <"
        + id
        + ">\r\nWARC-Date: 2017-06-15T12:00:00Z\r\nWARC-Target-URI: https://example.org/"
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + block.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + block
        + "\r\n\r\n";
  }

  @Test
  void recordWithAMalformedHttpHeaderFailsAloneAndTheNextRecordsAreRead(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String page =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + "<html><body><p>Gunmen killed two policemen near Kirkuk on Monday.</p></body></html>";
    String warc =
        record("urn:uuid:a", "HTTP/1.1 abc OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>")
            + record("urn:uuid:b", page.replace("text/html", "text/plain"))
            + record("urn:uuid:c", page);
    java.nio.file.Path f = dir.resolve("bad-payloads.warc");
    java.nio.file.Files.writeString(f, warc);
    List<Ingested> all = Fixtures.ingest(f.toString());
    assertThat(all)
        .extracting(Ingested::id)
        .containsExactly("urn:uuid:a", "urn:uuid:b", "urn:uuid:c");
    Ingested.Failed a = (Ingested.Failed) all.get(0);
    assertThat(a.cause()).isEqualTo(Ingested.Cause.CORRUPT);
    assertThat(a.source()).isEqualTo(f + "@0");
    assertThat(a.reason())
        .startsWith("'" + f + "': malformed WARC record at byte offset 0 (response): ")
        .endsWith(
            "; this record was not read, the next ones were. Check the file with a WARC tool"
                + " (e.g. jwarc validate) or re-fetch it");
    assertThat(((Ingested.Read) all.get(2)).document().text())
        .contains("Gunmen killed two policemen");
  }
}
