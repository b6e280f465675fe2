package org.hadath.ingest.warc;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of one WARC response (or resource) record that holds an HTML page or plain text.
 *
 * @param recordId the WARC-Record-ID, without angle brackets ({@code urn:uuid:…})
 * @param offset the byte offset of the record in the WARC file
 * @param url the WARC-Target-URI
 * @param date the WARC-Date (capture date), in UTC
 * @param html whether the payload is HTML (else plain text)
 * @param charset the charset the HTTP Content-Type declares, if any
 * @param data the payload bytes; only {@code [0, length)} is meaningful
 * @param length how many payload bytes were read
 * @param more whether the payload was longer than the cap
 */
public record WarcPage(
    String recordId,
    long offset,
    Optional<String> url,
    Optional<LocalDate> date,
    boolean html,
    Optional<String> charset,
    byte[] data,
    int length,
    boolean more) {
  public WarcPage {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(data, "data");
  }
}
