package org.hadath.dict;

import java.util.Optional;

/**
 * A curated dictionary file (actors, sources) could not be read: a malformed row, an unknown id, a
 * duplicate. The message says which file, line and column, quotes the value and says how to fix it.
 */
public final class DictionaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final Optional<String> column;

  /**
   * @param file the file (or class-path resource) that holds the row
   * @param line 1-based line number, 0 when the problem concerns the whole file
   * @param column the column name, if the problem lies in one column
   * @param problem what is wrong, quoting the value
   * @param fix how to fix it
   */
  public DictionaryFormatException(
      String file, int line, Optional<String> column, String problem, String fix) {
    super(
        file
            + (line > 0 ? ":" + line : "")
            + column.map(c -> " column '" + c + "'").orElse("")
            + ": "
            + problem
            + ". "
            + fix);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The file (or class-path resource) that holds the bad row. */
  public String file() {
    return file;
  }

  /** 1-based line number; 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The column at fault, if one is. */
  public Optional<String> column() {
    return column;
  }
}
