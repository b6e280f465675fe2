package org.hadath.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Parses a dictionary in the outlets.tsv format.
   *
   * @param name the file name used in error messages
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  public static Outlets parse(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Match> byKey = new HashMap<>();
    Map<String, Integer> keyLine = new HashMap<>();
    List<Outlet> all = new ArrayList<>();
    String version = null;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.startsWith("# version\t")) {
        version = line.substring("# version\t".length()).trim();
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) {
        throw new IllegalArgumentException(
            name
                + ":"
                + n
                + ": expected 5 tab-separated columns (name, country, scope, partisan, variants),"
                + " found "
                + cols.length
                + " in '"
                + line
                + "'");
      }
      String canonical = cols[0].trim();
      String country = cols[1].trim();
      if (!country.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(
            name + ":" + n + ": country must be an ISO 3166-1 alpha-3 code, got '" + country + "'");
      }
      Outlet.Scope scope;
      try {
        scope = Outlet.Scope.valueOf(cols[2].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            name
                + ":"
                + n
                + ": scope must be local, national or international, got '"
                + cols[2]
                + "'",
            e);
      }
      String partisan = cols[3].trim();
      List<String> variants = new ArrayList<>();
      List<Boolean> ambiguous = new ArrayList<>();
      variants.add(canonical);
      ambiguous.add(false);
      for (String v : cols[4].split("\\|")) {
        String t = v.trim();
        if (t.isEmpty()) {
          continue;
        }
        boolean amb = t.startsWith("~");
        variants.add(amb ? t.substring(1) : t);
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
          throw new IllegalArgumentException(
              name + ":" + n + ": variant '" + variants.get(i) + "' has no letters or digits");
        }
        Match prev = byKey.get(key);
        if (prev != null && prev.outlet() != o) {
          throw new IllegalArgumentException(
              name
                  + ":"
                  + n
                  + ": '"
                  + variants.get(i)
                  + "' (key '"
                  + key
                  + "') already names "
                  + prev.outlet().name()
                  + " on line "
                  + keyLine.get(key)
                  + "; keep it for one outlet only");
        }
        if (prev == null || !ambiguous.get(i)) {
          byKey.put(key, new Match(o, ambiguous.get(i)));
          keyLine.put(key, n);
        }
      }
    }
    if (version == null) {
      throw new IllegalArgumentException(
          name + ": the version line '# version<TAB>YYYY.N' is missing; add it at the top");
    }
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
