package org.hadath.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Location;

/**
 * ACLED's export format: a header and one row per event in ACLED's 31 columns and order.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>RFC 4180: UTF-8 without BOM, CRLF line ends, a field is quoted when it holds a comma, a
 *       quote, CR or LF, and quotes inside it are doubled;
 *   <li>columns hadath cannot know are empty: {@code event_id_cnty} (ACLED's own ids), {@code
 *       source_scale}, {@code tags} and {@code timestamp} (when ACLED last changed its row);
 *   <li>{@code event_date} is {@code YYYY-MM-DD} as ACLED's API writes it, {@code year} its year;
 *       both empty when the date is unresolved;
 *   <li>{@code inter1}, {@code inter2} and {@code interaction} are ACLED's numeric codes;
 *   <li>{@code civilian_targeting} is {@code Civilian targeting} or empty, as ACLED writes it;
 *   <li>{@code iso} is the numeric ISO 3166-1 code and {@code region} the ACLED region, both from
 *       {@link Countries} by the event's iso3 (empty when unknown);
 *   <li>{@code latitude}/{@code longitude} have ACLED's four decimals, empty when unknown;
 *   <li>{@code source} is the document's outlet;
 *   <li>{@code notes} is {@link EventNotes#of}.
 * </ul>
 *
 * <p>Documents without events write no row; their fate is in the run report.
 */
public final class AcledCsvWriter implements ResultWriter {
  /** ACLED's 31 columns, in ACLED's order. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  /** ACLED's value for a civilian-targeting event. */
  public static final String CIVILIAN_TARGETING = "Civilian targeting";

  private final Writer out;
  private final Countries countries;
  private final String[] row = new String[COLUMNS.size()];

  public AcledCsvWriter(OutputStream out) {
    this(out, Countries.standard());
  }

  AcledCsvWriter(OutputStream out, Countries countries) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.countries = countries;
    try {
      writeRow(COLUMNS.toArray(new String[0]));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    String source = result.document().flatMap(Document::outlet).orElse("");
    for (Event e : result.events()) {
      fill(e, source);
      writeRow(row);
    }
  }

  private void fill(Event e, String source) {
    Optional<Location> loc = e.location();
    String iso3 = loc.map(Location::iso3).orElse("");
    Optional<Countries.Country> c = iso3.isEmpty() ? Optional.empty() : countries.byAlpha3(iso3);
    int i = 0;
    row[i++] = ""; // event_id_cnty
    row[i++] = e.date().map(Object::toString).orElse("");
    row[i++] = e.date().map(d -> Integer.toString(d.getYear())).orElse("");
    row[i++] = Integer.toString(e.timePrecision());
    row[i++] = e.disorderType();
    row[i++] = e.eventType();
    row[i++] = e.subEventType();
    row[i++] = EventJson.actorName(e.actor1());
    row[i++] = EventJson.joinActors(e.assocActors1());
    row[i++] = Integer.toString(e.inter1());
    row[i++] = EventJson.actorName(e.actor2());
    row[i++] = EventJson.joinActors(e.assocActors2());
    row[i++] = Integer.toString(e.inter2());
    row[i++] = Integer.toString(e.interaction());
    row[i++] = e.civilianTargeting() ? CIVILIAN_TARGETING : "";
    row[i++] = c.map(x -> Integer.toString(x.numeric())).orElse("");
    row[i++] = c.map(Countries.Country::acledRegion).orElse("");
    row[i++] = loc.map(Location::country).orElse("");
    row[i++] = loc.map(Location::admin1).orElse("");
    row[i++] = loc.map(Location::admin2).orElse("");
    row[i++] = loc.map(Location::admin3).orElse("");
    row[i++] = loc.map(Location::name).orElse("");
    row[i++] = loc.flatMap(Location::latitude).map(AcledCsvWriter::coordinate).orElse("");
    row[i++] = loc.flatMap(Location::longitude).map(AcledCsvWriter::coordinate).orElse("");
    row[i++] = Integer.toString(EventJson.geoPrecision(e));
    row[i++] = source;
    row[i++] = ""; // source_scale
    row[i++] = EventNotes.of(e);
    row[i++] = Integer.toString(e.fatalities());
    row[i++] = ""; // tags
    row[i++] = ""; // timestamp
  }

  /** A coordinate with ACLED's four decimals. */
  static String coordinate(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  private void writeRow(String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(fields[i]);
    }
    out.write("\r\n");
  }

  private void writeField(String s) throws IOException {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.write('"');
      }
      out.write(c);
    }
    out.write('"');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes; the underlying stream stays open. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
