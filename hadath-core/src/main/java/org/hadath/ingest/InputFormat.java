package org.hadath.ingest;

/** How inputs are read. */
public enum InputFormat {
  /**
   * Each file is read by its name: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code
   * .warc}, RSS/Atom feeds, each optionally {@code .gz} or {@code .bz2}, and {@code .zip} archives
   * of them. A file with no extension, and stdin, are recognised by their first bytes.
   */
  AUTO,
  /**
   * Every input is JSON Lines, one document per line, whatever its name ({@code --input jsonl}).
   */
  JSONL
}
