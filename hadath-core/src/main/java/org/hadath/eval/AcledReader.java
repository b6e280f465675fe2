package org.hadath.eval;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.TsvTable;
import org.hadath.model.Language;

/**
 * Reads ACLED CSV exports as gold: each row is one English document (its {@code notes}) with one
 * gold event (its coded columns).
 *
 * <ul>
 *   <li>CSV as RFC 4180: comma separated, fields in double quotes may hold commas, quotes ({@code
 *       ""}) and line breaks; the first record is the header; columns are found by name, in any
 *       order, and extra columns are ignored.
 *   <li>Required columns: {@code event_date, event_type, sub_event_type, actor1, actor2, admin1,
 *       location, latitude, longitude, fatalities, notes}; a missing one is a {@link
 *       GoldFormatException}.
 *   <li>{@code event_date} as ACLED writes it: {@code 9-May-20}, {@code 09 May 2020} or {@code
 *       2020-05-09}; it is both the gold date and the publication date the note's relative words
 *       are resolved against.
 *   <li>Actors: the coded name is an acceptable name, and so is the current name of an actor ACLED
 *       renamed since the export ({@code acled-renames.tsv}, e.g. "Military Forces of Yemen (2016-)
 *       Supreme Political Council" is now "Military Forces of Yemen (2017-) Houthi"); an empty
 *       {@code actor2} means none. Wounded and civilian targeting are not coded by ACLED here, so
 *       not scored.
 *   <li>The id is {@code event_id_cnty} when present, else {@code data_id}, else {@code row N}.
 *   <li>Rows with empty notes are skipped (nothing to read).
 * </ul>
 */
public final class AcledReader {
  static final List<String> REQUIRED =
      List.of(
          "event_date",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "fatalities",
          "notes");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d-MMM-")
              .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMMM uuuu")
              .toFormatter(Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private AcledReader() {}

  /**
   * The index of each column of {@code header} by its lower-cased name (the first of repeated
   * names).
   *
   * @param source whose columns they are, for the message ("ACLED")
   * @param expected what the file should be, for the message ("an ACLED export")
   * @throws GoldFormatException naming the file and the missing columns
   */
  static Map<String, Integer> columns(
      List<String> header, List<String> required, String name, String source, String expected)
      throws GoldFormatException {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = required.stream().filter(c -> !col.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new GoldFormatException(
          name
              + ":1: the header lacks the "
              + source
              + " column(s) "
              + missing
              + "; expected "
              + expected
              + " with at least "
              + required);
    }
    return col;
  }

  /** Every row of {@code in} with notes; {@code name} is the file name used in messages. */
  public static List<GoldDocument> read(Reader in, String name)
      throws IOException, GoldFormatException {
    Csv csv = new Csv(in);
    List<String> header = csv.next();
    if (header == null) {
      throw new GoldFormatException(name + ": is empty; expected an ACLED CSV with a header row");
    }
    Map<String, Integer> col = columns(header, REQUIRED, name, "ACLED", "an ACLED export");
    List<GoldDocument> docs = new ArrayList<>();
    List<String> row;
    int rowNo = 1;
    while ((row = csv.next()) != null) {
      rowNo++;
      String where = name + ":" + csv.startLine();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() < header.size()) {
        throw new GoldFormatException(
            where
                + ": has "
                + row.size()
                + " fields, the header "
                + header.size()
                + "; check quoting of that row");
      }
      String notes = row.get(col.get("notes")).strip();
      if (notes.isEmpty()) {
        continue;
      }
      LocalDate date = date(row.get(col.get("event_date")), where);
      List<String> r = row;
      String fallback = "row " + rowNo;
      String id =
          field(r, col, "event_id_cnty").or(() -> field(r, col, "data_id")).orElse(fallback);
      GoldEvent gold =
          new GoldEvent(
              row.get(col.get("event_type")).strip(),
              row.get(col.get("sub_event_type")).strip(),
              names(row.get(col.get("actor1"))),
              names(row.get(col.get("actor2"))),
              field(row, col, "admin1"),
              names(row.get(col.get("location"))),
              number(row.get(col.get("latitude")), "latitude", where),
              number(row.get(col.get("longitude")), "longitude", where),
              Optional.of(date),
              number(row.get(col.get("fatalities")), "fatalities", where).map(Double::intValue),
              false,
              Optional.empty(),
              Optional.empty());
      docs.add(
          new GoldDocument(id, where, Language.EN, Optional.of(date), notes, false, List.of(gold)));
    }
    return docs;
  }

  private static Optional<String> field(List<String> row, Map<String, Integer> col, String c) {
    Integer i = col.get(c);
    if (i == null || i >= row.size()) {
      return Optional.empty();
    }
    return Optional.of(row.get(i).strip()).filter(s -> !s.isEmpty());
  }

  /** Old ACLED actor name → current name; read once. */
  private static final Map<String, String> RENAMES = renames();

  private static Map<String, String> renames() {
    Set<String> columns = Set.of("old_name", "current_name", "source");
    Map<String, String> m = new HashMap<>();
    for (TsvTable.Row r :
        TsvTable.readResource("/org/hadath/eval/acled-renames.tsv", columns, columns).rows()) {
      m.put(r.get("old_name"), r.get("current_name"));
    }
    return Map.copyOf(m);
  }

  static List<String> names(String s) {
    if (s.isBlank()) {
      return List.of();
    }
    String name = s.strip();
    String current = RENAMES.get(name);
    return current == null ? List.of(name) : List.of(name, current);
  }

  static LocalDate date(String s, String where) throws GoldFormatException {
    String v = s.strip();
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new GoldFormatException(
        where
            + ": event_date \""
            + v
            + "\" is not an ACLED date; expected 9-May-20, 09 May 2020 or 2020-05-09");
  }

  private static Optional<Double> number(String s, String column, String where)
      throws GoldFormatException {
    String v = s.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(v));
    } catch (NumberFormatException e) {
      throw new GoldFormatException(
          where + ": " + column + " \"" + v + "\" is not a number; leave it empty if unknown");
    }
  }

  /** A minimal RFC 4180 reader that knows the line each record starts on. */
  static final class Csv {
    private final Reader in;
    private int line = 1;
    private int startLine = 1;
    private int pushed = -2;

    Csv(Reader in) {
      this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in);
    }

    int startLine() {
      return startLine;
    }

    private int read() throws IOException {
      if (pushed != -2) {
        int c = pushed;
        pushed = -2;
        return c;
      }
      return in.read();
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
      startLine = line;
      int c = read();
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (c == -1) {
          fields.add(f.toString());
          return fields;
        }
        char ch = (char) c;
        if (quoted) {
          if (ch == '"') {
            int d = read();
            if (d == '"') {
              f.append('"');
            } else {
              quoted = false;
              pushed = d;
            }
          } else {
            if (ch == '\n') {
              line++;
            }
            f.append(ch);
          }
        } else if (ch == '"' && f.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (ch == ',') {
          fields.add(f.toString());
          f.setLength(0);
          wasQuoted = false;
        } else if (ch == '\r') {
          // dropped: \r\n ends a record at the \n
        } else if (ch == '\n') {
          line++;
          fields.add(f.toString());
          return fields;
        } else {
          f.append(ch);
        }
        c = read();
      }
    }
  }
}
