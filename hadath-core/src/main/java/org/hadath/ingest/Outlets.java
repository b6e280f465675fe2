package org.hadath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.dict.TsvTable;

/**
 * The outlet dictionary ({@code org/hadath/dict/outlets.tsv}, format in the {@code FORMAT.md} next
 * to it), compiled once into a hash map from {@link NameKey name keys} to outlets.
 *
 * <ul>
 *   <li>{@link #exact} finds the outlet a whole phrase names («بلدي نيوز», "Reuters").
 *   <li>Ambiguous variants (written {@code ~variant}: also a word, a name or a place) are reported
 *       as such, so callers can prefer an unambiguous name.
 * </ul>
 *
 * Thread-safe and immutable.
 */
public final class Outlets {
  private static final String RESOURCE = "/org/hadath/dict/outlets.tsv";

  private final Map<String, Match> byKey;
  private final List<Outlet> all;
  private final String version;

  /** What a phrase matched: the outlet, and whether the variant is ambiguous. */
  public record Match(Outlet outlet, boolean ambiguous) {}

  private Outlets(Map<String, Match> byKey, List<Outlet> all, String version) {
    this.byKey = byKey;
    this.all = List.copyOf(all);
    this.version = version;
  }

  private static final class Holder {
    static final Outlets BUNDLED = loadBundled();
  }

  /** The dictionary shipped with hadath. */
  public static Outlets bundled() {
    return Holder.BUNDLED;
  }

  private static Outlets loadBundled() {
    try (InputStream in = Outlets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static final Set<String> COLUMNS =
      Set.of("name", "country", "scope", "partisan", "variants");

  /**
   * Parses a dictionary in the outlets.tsv format (the shared {@link TsvTable} format).
   *
   * @param name the file name used in error messages
   * @throws DictionaryFormatException naming the line, the column and what is wrong with it
   */
  public static Outlets parse(InputStream in, String name) throws IOException {
    TsvTable table = TsvTable.read(name, in, COLUMNS, COLUMNS);
    Map<String, Match> byKey = new HashMap<>();
    Map<String, Integer> keyLine = new HashMap<>();
    List<Outlet> all = new ArrayList<>();
    for (TsvTable.Row row : table.rows()) {
      String canonical = row.get("name");
      String country = row.get("country");
      if (!country.matches("[A-Z]{3}")) {
        throw row.error(
            "country",
            "'" + country + "' is not an ISO 3166-1 alpha-3 code",
            "Write the three capital letters of the country, e.g. SYR");
      }
      Outlet.Scope scope;
      try {
        scope = Outlet.Scope.valueOf(row.get("scope").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "scope",
            "unknown scope '" + row.get("scope") + "'",
            "Write local, national or international");
      }
      String partisan = row.get("partisan");
      List<String> variants = new ArrayList<>();
      List<Boolean> ambiguous = new ArrayList<>();
      variants.add(canonical);
      ambiguous.add(false);
      for (String v : row.list("variants")) {
        boolean amb = v.startsWith("~");
        variants.add(amb ? v.substring(1).strip() : v);
        ambiguous.add(amb);
      }
      Outlet o =
          new Outlet(
              canonical,
              country,
              scope,
              partisan.equals("-") || partisan.isEmpty() ? Optional.empty() : Optional.of(partisan),
              variants.subList(1, variants.size()));
      all.add(o);
      for (int i = 0; i < variants.size(); i++) {
        String key = NameKey.of(variants.get(i));
        if (key.isEmpty()) {
          throw row.error(
              i == 0 ? "name" : "variants",
              "'" + variants.get(i) + "' has no letters or digits",
              "Write the name as the outlet does, or remove it");
        }
        Match prev = byKey.get(key);
        if (prev != null && prev.outlet() != o) {
          throw row.error(
              i == 0 ? "name" : "variants",
              "'"
                  + variants.get(i)
                  + "' (key '"
                  + key
                  + "') already names "
                  + prev.outlet().name()
                  + " on line "
                  + keyLine.get(key),
              "Keep it for one outlet only");
        }
        if (prev == null || !ambiguous.get(i)) {
          byKey.put(key, new Match(o, ambiguous.get(i)));
          keyLine.put(key, row.line());
        }
      }
    }
    String version = table.requireVersion();
    return new Outlets(byKey, all, version);
  }

  /** The outlet the whole of {@code phrase} names, if any. */
  public Optional<Match> exact(CharSequence phrase) {
    return Optional.ofNullable(byKey.get(NameKey.of(phrase)));
  }

  /** The outlet whose key is {@code key} (already a {@link NameKey}), if any. */
  Optional<Match> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Every outlet, in file order. */
  public List<Outlet> all() {
    return all;
  }

  /** The dictionary's version line. */
  public String version() {
    return version;
  }
}
