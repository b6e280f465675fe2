package org.hadath.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads hadath's tab-separated data files: {@code #} starts a comment line, {@code # version: X}
 * names the file's version, blank lines are ignored, and every other line is a row of
 * tab-separated fields (trailing empty fields may be omitted).
 */
public final class Tsv {
  /** One data row with its line number, for error messages. */
  public record Row(String file, int line, String[] fields) {
    /** Field {@code i}, or "" when the row is shorter. */
    public String field(int i) {
      return i < fields.length ? fields[i].strip() : "";
    }

    /** Field {@code i}, which must be non-empty. */
    public String required(int i, String column) {
      String v = field(i);
      if (v.isEmpty()) {
        throw new DictionaryFormatException(
            file, line, "column '" + column + "' (field " + (i + 1) + ") is empty; fill it in");
      }
      return v;
    }

    /** Field {@code i} as an int in {@code [min, max]}. */
    public int integer(int i, String column, int min, int max) {
      String v = required(i, column);
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new DictionaryFormatException(
            file,
            line,
            "column '" + column + "' is '" + v + "'; write a whole number from " + min + " to " + max);
      }
    }
  }

  /** The rows of a file plus its version line. */
  public record Table(String file, Optional<String> version, List<Row> rows) {}

  private Tsv() {}

  /** Reads a classpath resource next to {@code anchor}. */
  public static Table resource(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "resource " + name + " is missing from the classpath next to " + anchor.getName()
              + "; the build is incomplete: rebuild hadath");
    }
    return read(name, in);
  }

  /** Reads {@code in} fully as UTF-8; {@code file} is used in messages. */
  public static Table read(String file, InputStream in) {
    List<Row> rows = new ArrayList<>();
    String version = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          String c = line.substring(1).strip();
          if (c.startsWith("version:")) {
            version = c.substring("version:".length()).strip();
          }
          continue;
        }
        rows.add(new Row(file, n, line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new Table(file, Optional.ofNullable(version), rows);
  }
}
