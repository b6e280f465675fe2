package org.hadath.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kinds of input file the fuzzer writes. */
public enum FuzzFormat {
  /** One plain-text report per {@code .txt} file. */
  TXT("txt"),
  /** One HTML page per {@code .html} file. */
  HTML("html"),
  /** Many documents per {@code .jsonl} file, one per line. */
  JSONL("jsonl"),
  /** Many records per {@code .warc} file. */
  WARC("warc"),
  /**
   * One of the others gzipped ({@code .txt.gz}, {@code .html.gz}, {@code .jsonl.gz}, {@code
   * .warc.gz} with one gzip member per record).
   */
  GZ("gz");

  private final String label;

  FuzzFormat(String label) {
    this.label = label;
  }

  /** The name used on the command line and in reports. */
  public String label() {
    return label;
  }

  /**
   * Formats from a comma-separated list of labels ({@code "html,warc"}).
   *
   * @throws IllegalArgumentException naming the unknown label and the known ones
   */
  public static List<FuzzFormat> parse(String list) {
    List<FuzzFormat> out = new ArrayList<>();
    for (String part : list.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      FuzzFormat f = null;
      for (FuzzFormat c : values()) {
        if (c.label.equals(p)) {
          f = c;
        }
      }
      if (f == null) {
        throw new IllegalArgumentException(
            "unknown fuzz format '" + part.strip() + "'; known formats: " + labels());
      }
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no fuzz format given; known formats: " + labels());
    }
    return out;
  }

  /** All labels, comma-separated. */
  public static String labels() {
    List<String> l = new ArrayList<>();
    for (FuzzFormat f : values()) {
      l.add(f.label);
    }
    return String.join(",", l);
  }
}
