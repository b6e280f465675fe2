package org.hadath.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Language;
import org.hadath.resolve.place.Gazetteer;
import org.hadath.resolve.place.Place;
import org.hadath.resolve.place.PlaceKind;

/**
 * Reads PITF Worldwide Atrocities rows as place gold: each row is one English document (its {@code
 * description}) with one gold place (the row's coordinates, and its region as admin1 when the
 * gazetteer knows that region).
 *
 * <ul>
 *   <li>Tab-separated (as PITF exports are, whatever their extension: fields unquoted, split on
 *       tabs) when the header line holds a tab, else comma-separated RFC 4180 CSV. The first line
 *       is the header; columns are found by name (case-insensitive), in any order.
 *   <li>Required columns: {@code latitude, longitude, start_day, start_month, start_year,
 *       description}; optional {@code country} (ISO3), {@code region}, {@code locality}, {@code
 *       deaths_number} (the gold fatalities, used only to pick the matching event).
 *   <li>The start date is the publication date the description's relative words are resolved
 *       against; an unknown day ({@code 99}, empty) becomes the 1st of the month, an unknown month
 *       leaves the date out.
 *   <li>The gold place is the coordinates only (the location field is scored by distance, {@value
 *       FieldRules#NEAR_KM} km); rows without coordinates or description are skipped, and so are
 *       rows whose locality is "multiple locations" (their coordinates are a country's centre, not
 *       a place: PITF's daily death totals).
 *   <li>admin1: the region with "Province", "Governorate"/"Governate", and "Mayorality of" wording
 *       removed is looked up in the gazetteer as a first-level unit of the row's country ("Damascus
 *       Suburbs" → Rural Damascus through its alias); a region the gazetteer does not know as an
 *       admin1 ("Central", "Unknown") is not scored.
 *   <li>The id is the row number ({@code row N}); backslash-escaped quotes ({@code \"}) in the
 *       description are unescaped.
 * </ul>
 */
public final class PitfReader {
  static final List<String> REQUIRED =
      List.of("latitude", "longitude", "start_day", "start_month", "start_year", "description");

  private PitfReader() {}

  /** Every usable row of {@code in}; {@code name} is the file name used in messages. */
  public static List<GoldDocument> read(Reader in, String name, Gazetteer gazetteer)
      throws IOException, GoldFormatException {
    BufferedReader br = in instanceof BufferedReader b ? b : new BufferedReader(in);
    br.mark(1 << 16);
    String first = br.readLine();
    if (first == null) {
      throw new GoldFormatException(name + ": is empty; expected a PITF file with a header row");
    }
    br.reset();
    boolean tabs = first.indexOf('\t') >= 0;
    AcledReader.Csv csv = tabs ? null : new AcledReader.Csv(br);
    List<String> header = tabs ? tsv(br.readLine()) : csv.next();
    Map<String, Integer> col =
        AcledReader.columns(header, REQUIRED, name, "PITF", "a PITF atrocities export");
    List<GoldDocument> docs = new ArrayList<>();
    int line = 1;
    while (true) {
      List<String> row;
      String where;
      if (tabs) {
        String l = br.readLine();
        if (l == null) {
          break;
        }
        line++;
        row = tsv(l);
        where = name + ":" + line;
      } else {
        row = csv.next();
        if (row == null) {
          break;
        }
        where = name + ":" + csv.startLine();
      }
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
                + "; check the separators of that row");
      }
      String text = field(row, col, "description").orElse("").replace("\\\"", "\"").strip();
      Optional<Double> lat = number(row, col, "latitude", where);
      Optional<Double> lon = number(row, col, "longitude", where);
      Optional<String> loc = field(row, col, "locality");
      if (text.isEmpty()
          || lat.isEmpty()
          || lon.isEmpty()
          || loc.map(l -> l.equalsIgnoreCase("multiple locations")).orElse(false)) {
        continue;
      }
      Optional<LocalDate> date = date(row, col);
      Optional<String> country = field(row, col, "country");
      Optional<String> admin1 =
          field(row, col, "region").flatMap(r -> admin1(r, country, gazetteer));
      List<String> locality = field(row, col, "locality").map(List::of).orElse(List.of());
      GoldEvent gold =
          new GoldEvent(
              "",
              "",
              List.of(),
              List.of(),
              admin1,
              List.of(),
              lat,
              lon,
              date,
              integer(row, col, "deaths_number"),
              false,
              Optional.empty(),
              Optional.empty());
      String id = "row " + (docs.size() + 1) + (locality.isEmpty() ? "" : " " + locality.get(0));
      docs.add(new GoldDocument(id, where, Language.EN, date, text, false, List.of(gold)));
    }
    return docs;
  }

  /** The ACLED admin1 name of a PITF region, if the gazetteer knows it in that country. */
  static Optional<String> admin1(String region, Optional<String> iso3, Gazetteer gazetteer) {
    String r =
        region
            .replaceAll("(?i)\\b(province|governorate|governate)\\b", " ")
            .replaceAll("(?i)\\bmayorality of\\b", " ")
            .strip();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    for (String name : List.of(region.strip(), r)) {
      for (Place p : gazetteer.named(name)) {
        if (p.kind() == PlaceKind.ADMIN1
            && iso3.map(c -> c.equalsIgnoreCase(p.iso3())).orElse(true)) {
          return Optional.of(p.admin1());
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> tsv(String line) {
    return List.of(line.split("\t", -1));
  }

  private static Optional<LocalDate> date(List<String> row, Map<String, Integer> col) {
    Optional<Integer> y = integer(row, col, "start_year");
    Optional<Integer> m = integer(row, col, "start_month");
    Optional<Integer> d = integer(row, col, "start_day");
    if (y.isEmpty() || m.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(y.get(), m.get(), d.filter(x -> x >= 1 && x <= 31).orElse(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> integer(List<String> row, Map<String, Integer> col, String c) {
    return field(row, col, c)
        .flatMap(
            s -> {
              try {
                return Optional.of(Integer.parseInt(s));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static Optional<String> field(List<String> row, Map<String, Integer> col, String c) {
    Integer i = col.get(c);
    if (i == null || i >= row.size()) {
      return Optional.empty();
    }
    return Optional.of(row.get(i).strip()).filter(s -> !s.isEmpty());
  }

  private static Optional<Double> number(
      List<String> row, Map<String, Integer> col, String c, String where)
      throws GoldFormatException {
    Optional<String> v = field(row, col, c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(v.get()));
    } catch (NumberFormatException e) {
      throw new GoldFormatException(
          where + ": " + c + " \"" + v.get() + "\" is not a number; leave it empty if unknown");
    }
  }
}
