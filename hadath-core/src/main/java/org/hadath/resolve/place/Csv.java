package org.hadath.resolve.place;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV fields of one line: commas separate, double quotes quote, "" is a quote. */
final class Csv {
  private Csv() {}

  /**
   * The fields of {@code line}.
   *
   * @throws IllegalArgumentException if a quoted field is not closed
   */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          sb.append(c);
        }
      } else if (c == '"' && sb.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString().trim());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote");
    }
    out.add(sb.toString().trim());
    return out;
  }
}
