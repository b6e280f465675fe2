package org.hadath.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold JSON Lines file, one record per line, for every gold reader of this package.
 *
 * <ul>
 *   <li>Blank lines are skipped; line numbers count them, so {@code where} ("file:line") names the
 *       line as an editor shows it.
 *   <li>A line that is not JSON is a {@link GoldFormatException} naming the file, the line and the
 *       parser's words.
 *   <li>A file without any record is a {@link GoldFormatException}.
 * </ul>
 */
final class GoldLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Turns one parsed line into a record; {@code where} is "file:line" for messages. */
  interface Parser<T> {
    T parse(JsonNode node, String where) throws GoldFormatException;
  }

  private GoldLines() {}

  /**
   * Every record of {@code in}; {@code name} is the file name used in messages and {@code unit}
   * names one record in them ("report", "sentence", "document").
   */
  static <T> List<T> read(Reader in, String name, String unit, Parser<T> parser)
      throws IOException, GoldFormatException {
    List<T> out = new ArrayList<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + n;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new GoldFormatException(
            where
                + ": not a JSON object ("
                + e.getOriginalMessage()
                + "); one "
                + unit
                + " per line");
      }
      out.add(parser.parse(node, where));
    }
    if (out.isEmpty()) {
      throw new GoldFormatException(
          name
              + ": holds no "
              + (unit.equals("report") ? "gold report" : unit)
              + "; expected one JSON per line");
    }
    return out;
  }
}
