package org.hadath.output;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hadath.model.Provenance;

/** The output formats of {@code extract} and {@code export}, by their command-line names. */
public enum OutputFormat {
  /** One JSON object per input document (the default). */
  JSONL("jsonl", "jsonl"),
  /** ACLED's 31 columns, one row per event. */
  ACLED_CSV("acled-csv", "csv"),
  /** A FeatureCollection with one Point feature per event. */
  GEOJSON("geojson", "geojson");

  private final String cliName;
  private final String extension;

  OutputFormat(String cliName, String extension) {
    this.cliName = cliName;
    this.extension = extension;
  }

  /** The name on the command line: {@code jsonl}, {@code acled-csv}, {@code geojson}. */
  public String cliName() {
    return cliName;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format called {@code name} on the command line (case-insensitive). */
  public static Optional<OutputFormat> fromCliName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
  }

  /** All command-line names, comma-separated, for messages. */
  public static String cliNames() {
    return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "));
  }

  /**
   * A writer of this format on {@code out}. The writer does not close {@code out}; closing the
   * writer finishes the document (GeoJSON's closing brackets) and flushes.
   */
  public ResultWriter open(OutputStream out, Provenance provenance) {
    return switch (this) {
      case JSONL -> new JsonlWriter(out, provenance);
      case ACLED_CSV -> new AcledCsvWriter(out);
      case GEOJSON -> new GeoJsonWriter(out);
    };
  }
}
