package org.hadath.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 codes and ACLED regions by alpha-3 code, from the curated {@code countries.tsv}
 * (format in its FORMAT.md). Loaded once; lookups are a hash-map get.
 */
public final class Countries {
  private static final String RESOURCE = "/org/hadath/output/countries.tsv";
  private static final Countries INSTANCE = load();

  /**
   * One country.
   *
   * @param alpha3 ISO 3166-1 alpha-3, e.g. {@code "SYR"}
   * @param numeric ISO 3166-1 numeric as ACLED's {@code iso} column writes it: no leading zeros
   * @param alpha2 ISO 3166-1 alpha-2
   * @param name the ISO short name (for people reading the table)
   * @param acledRegion the ACLED region, e.g. {@code "Middle East"}
   */
  public record Country(
      String alpha3, int numeric, String alpha2, String name, String acledRegion) {}

  private final Map<String, Country> byAlpha3;
  private final String version;

  private Countries(Map<String, Country> byAlpha3, String version) {
    this.byAlpha3 = Map.copyOf(byAlpha3);
    this.version = version;
  }

  /** The shipped table. */
  public static Countries standard() {
    return INSTANCE;
  }

  /** The country with ISO alpha-3 code {@code iso3} (any case), if the table knows it. */
  public Optional<Country> byAlpha3(String iso3) {
    return Optional.ofNullable(byAlpha3.get(iso3.trim().toUpperCase(Locale.ROOT)));
  }

  /** The table's version line, for provenance. */
  public String version() {
    return version;
  }

  public int size() {
    return byAlpha3.size();
  }

  private static Countries load() {
    InputStream in = Countries.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
    }
    Map<String, Country> m = new HashMap<>();
    String version = "";
    boolean header = true;
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.startsWith("# version:")) {
          version = line.substring("# version:".length()).trim();
          continue;
        }
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException(
              RESOURCE + ":" + lineNo + ": expected 5 tab-separated fields, got " + f.length);
        }
        try {
          Country c = new Country(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]);
          if (m.put(c.alpha3(), c) != null) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": duplicate " + f[0]);
          }
        } catch (NumberFormatException e) {
          throw new IllegalStateException(
              RESOURCE + ":" + lineNo + ": numeric code '" + f[1] + "' is not a number", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    if (version.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no '# version:' line");
    }
    return new Countries(m, version);
  }
}
