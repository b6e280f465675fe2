package org.hadath.fuzz;

import java.util.List;
import java.util.Objects;

/**
 * One mutated input file.
 *
 * @param index the case number; the same seed and index always give the same case
 * @param format what kind of file it is
 * @param extension the file name extension ingest reads it by ({@code "jsonl.gz"})
 * @param bytes the file's bytes
 * @param documents how many documents the file holds: every one must come out of ingest as read,
 *     failed or skipped
 * @param exact whether {@code documents} is exact; false when a container mutation (a broken WARC
 *     length, corrupt gzip) may merge or cut documents, and then at least one outcome is required
 * @param mutations the names of the mutations applied, in order
 */
public record FuzzCase(
    long index,
    FuzzFormat format,
    String extension,
    byte[] bytes,
    int documents,
    boolean exact,
    List<String> mutations) {
  public FuzzCase {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(bytes, "bytes");
    mutations = List.copyOf(mutations);
  }

  /** A file name for the case: {@code case-000042.jsonl.gz}. */
  public String fileName() {
    return String.format(java.util.Locale.ROOT, "case-%06d.%s", index, extension);
  }
}
