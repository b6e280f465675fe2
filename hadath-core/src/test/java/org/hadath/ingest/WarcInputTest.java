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

  private static byte[] record(int n, String http) {
    byte[] body = http.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    String head =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2023-06-01T00:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000"
            + n
            + ">\r\nWARC-Target-URI: https://example.org/"
            + n
            + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    o.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    o.writeBytes(body);
    o.writeBytes("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    return o.toByteArray();
  }

  @Test
  void aRecordWhosePayloadCannotBeDecodedFailsAloneAndTheNextRecordsAreRead(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String page = "<html><body><h1>Title</h1><p>Body text of the page.</p></body></html>";
    String ok =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + page.length()
            + "\r\n\r\n"
            + page;
    String bad =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            + "Content-Length: 12\r\n\r\nnot gzip at all";
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    o.writeBytes(record(1, ok));
    o.writeBytes(record(2, bad.substring(0, bad.length() - 3)));
    o.writeBytes(record(3, ok));
    java.nio.file.Path warc = dir.resolve("mixed.warc");
    java.nio.file.Files.write(warc, o.toByteArray());
    List<Ingested> all = Fixtures.ingest(warc.toString());
    assertThat(all)
        .extracting(i -> (i instanceof Ingested.Read ? "READ " : "FAILED ") + i.id())
        .containsExactly(
            "READ urn:uuid:00000000-0000-4000-8000-000000000001",
            "FAILED urn:uuid:00000000-0000-4000-8000-000000000002",
            "READ urn:uuid:00000000-0000-4000-8000-000000000003");
    Ingested.Failed f = (Ingested.Failed) all.get(1);
    assertThat(f.cause()).isEqualTo(Ingested.Cause.CORRUPT);
    assertThat(f.reason())
        .contains("broken WARC response record urn:uuid:00000000-0000-4000-8000-000000000002")
        .contains("the record was not read, the records after it were");
  }

  @Test
  void aRecordWithAChunkSizeBeyondItsEndOrWithoutARecordIdFailsAloneAndTheNextRecordsAreRead(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String page = "<html><body><h1>Title</h1><p>Body text of the page.</p></body></html>";
    String ok = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    String chunked =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "FFFFFFFFFFFF\r\n"
            + page;
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    o.writeBytes(record(1, chunked));
    o.writeBytes(
        new String(record(2, ok), java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000002>\r\n", "")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    o.writeBytes(record(3, ok));
    java.nio.file.Path warc = dir.resolve("chunks.warc");
    java.nio.file.Files.write(warc, o.toByteArray());
    List<Ingested> all = Fixtures.ingest(warc.toString());
    assertThat(all)
        .extracting(i -> (i instanceof Ingested.Read ? "READ " : "FAILED ") + i.id())
        .hasSize(3)
        .startsWith("FAILED urn:uuid:00000000-0000-4000-8000-000000000001")
        .endsWith("READ urn:uuid:00000000-0000-4000-8000-000000000003");
    assertThat(all.get(1)).isInstanceOf(Ingested.Failed.class);
    assertThat(all.get(1).id()).matches("record@[0-9]+");
  }
}
