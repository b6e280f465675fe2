package org.hadath.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Ingest} reads its inputs.
 *
 * @param format {@link InputFormat#AUTO} (by file name) or {@link InputFormat#JSONL} (forced)
 * @param published the publication date given to documents that carry none ({@code --published})
 * @param maxDocumentChars the most characters one input document may have; for HTML and WARC the
 *     limit applies to the page's markup, for JSONL to each line. A longer document is not read
 *     beyond about 4 bytes per allowed character and becomes {@link Ingested.Failed} with cause
 *     {@link Ingested.Cause#TOO_LARGE}; the batch goes on.
 */
public record IngestOptions(
    InputFormat format, Optional<LocalDate> published, long maxDocumentChars) {

  /** The default {@link #maxDocumentChars}: two million characters, far above any news report. */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000L;

  /** The largest {@link #maxDocumentChars} accepted: documents are held in one Java string. */
  public static final long LIMIT_MAX_DOCUMENT_CHARS = 100_000_000L;

  public IngestOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(published, "published");
    if (maxDocumentChars < 1 || maxDocumentChars > LIMIT_MAX_DOCUMENT_CHARS) {
      throw new IllegalArgumentException(
          "maxDocumentChars must be between 1 and "
              + LIMIT_MAX_DOCUMENT_CHARS
              + ", got "
              + maxDocumentChars);
    }
  }

  /** Files read by name, no default publication date, {@link #DEFAULT_MAX_DOCUMENT_CHARS}. */
  public static IngestOptions defaults() {
    return new IngestOptions(InputFormat.AUTO, Optional.empty(), DEFAULT_MAX_DOCUMENT_CHARS);
  }

  public IngestOptions withFormat(InputFormat f) {
    return new IngestOptions(f, published, maxDocumentChars);
  }

  public IngestOptions withPublished(LocalDate date) {
    return new IngestOptions(format, Optional.of(date), maxDocumentChars);
  }

  public IngestOptions withMaxDocumentChars(long max) {
    return new IngestOptions(format, published, max);
  }
}
