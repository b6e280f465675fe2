package org.hadath.ingest;

/** How inputs are read. */
public enum InputFormat {
  /**
   * Each file is read by its name: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code
   * .warc}, each optionally {@code .gz}. A file with no extension, and stdin, are recognised by
   * their first bytes.
   */
  AUTO,
  /**
   * Every input is JSON Lines, one document per line, whatever its name ({@code --input jsonl}).
   */
  JSONL
}
