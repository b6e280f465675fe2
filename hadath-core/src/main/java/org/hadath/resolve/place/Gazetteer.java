package org.hadath.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * The places hadath knows, compiled once into an id index and a name matcher.
 *
 * <p>Sources, in load order (format: {@code FORMAT.md} next to the shipped files):
 *
 * <ul>
 *   <li>{@code countries.tsv}: countries (curated).
 *   <li>{@code admin1.tsv}: first-level units, ACLED spelling, keyed by GeoNames admin1 code (OCHA
 *       p-code for Syria) (curated). An admin1 unit's coordinates are those of its seat: the
 *       PPLC/PPLA place with that code, else the most populous one.
 *   <li>{@code syria-admin.tsv}: Open-Syria districts and subdistricts (admin2, admin3) and the
 *       aliases of the governorates (generated).
 *   <li>{@code geonames.tsv}: GeoNames cities500 places of the region (generated). Kind from
 *       feature code and population: PPLX → neighbourhood; PPLC, or 100,000 people or more → city;
 *       PPLA/PPLA2 or 10,000 or more → town; else village. Display name: the ASCII name.
 *   <li>{@code places.supplement.csv}, then the caller's CSV files in order: curated places, or
 *       amendments of known ones (same id: a non-empty field replaces, aliases are added, an alias
 *       written {@code -name} removes that name).
 *   <li>{@code places.stop.txt}: names that are common words («اليوم», «الدولة») and match only
 *       after a place cue.
 * </ul>
 *
 * <p>Every Latin name whose last word ends in a consonant + "a" or "ah" is also known by the other
 * of the two common transcriptions ("Rawah" / "Rawa", "Falluja" / "Fallujah").
 *
 * <p>Palestinian places get their admin1 from their position (Gaza Strip south-west of 31.6°N
 * 34.6°E, West Bank otherwise), because GeoNames leaves many without a code; Israeli-coded places
 * in the West Bank are Palestine, West Bank, as ACLED codes them.
 *
 * <p>Instances are immutable and thread-safe. {@link #defaultGazetteer()} loads the shipped data
 * once per JVM.
 */
public final class Gazetteer {

  /** Classpath folder of the shipped gazetteer. */
  public static final String DEFAULT_RESOURCES = "/org/hadath/gazetteer/";

  private final Map<String, Place> byId;
  private final Map<String, Set<String>> names;
  private volatile Map<String, List<Place>> byName;
  private final PhraseMatcher<Place> matcher;
  private final Set<String> stopNames;
  private final Map<String, String> versions;

  private Gazetteer(
      Map<String, Place> byId,
      Map<String, Set<String>> names,
      PhraseMatcher<Place> matcher,
      Set<String> stopNames,
      Map<String, String> versions) {
    this.byId = byId;
    this.names = names;
    this.matcher = matcher;
    this.stopNames = stopNames;
    this.versions = versions;
  }

  private static final class Holder {
    static final Gazetteer DEFAULT = load(DEFAULT_RESOURCES, List.of());
  }

  /** The shipped gazetteer, loaded on first use and shared. */
  public static Gazetteer defaultGazetteer() {
    return Holder.DEFAULT;
  }

  /**
   * The shipped gazetteer plus the user's own CSV files (same format as {@code
   * places.supplement.csv}), applied in order.
   *
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file is malformed; the message names file and line
   */
  public static Gazetteer load(List<Path> extraCsv) {
    return load(DEFAULT_RESOURCES, extraCsv);
  }

  /**
   * A gazetteer from the files under classpath folder {@code resources} (missing files count as
   * empty, so a test fixture needs only the files it is about) plus {@code extraCsv}.
   */
  public static Gazetteer load(String resources, List<Path> extraCsv) {
    String base = resources.endsWith("/") ? resources : resources + "/";
    Loader l = new Loader();
    l.read(base + "countries.tsv", null, l::country);
    l.read(base + "admin1.tsv", null, l::admin1);
    l.read(base + "syria-admin.tsv", null, l::syriaUnit);
    l.read(base + "geonames.tsv", null, l::geonames);
    l.finishGeoNames();
    l.read(base + "places.supplement.csv", null, l::supplement);
    for (Path p : extraCsv) {
      l.read(p.toString(), p, l::supplement);
    }
    l.read(base + "places.stop.txt", null, l::stopName);
    return l.build();
  }

  /** The place with this id. */
  public Optional<Place> place(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every place. */
  public Collection<Place> places() {
    return byId.values();
  }

  /** How many places there are. */
  public int size() {
    return byId.size();
  }

  /**
   * The places known by this name, compared after normalisation and without ال («الرقه», «رقة» and
   * «الرقة» are the same name; «بالرقة» is not: use {@link #match} on tokens for clitics).
   */
  public List<Place> named(String name) {
    Map<String, List<Place>> m = byName;
    if (m == null) {
      m = nameIndex();
    }
    return m.getOrDefault(key(name), List.of());
  }

  /** The name → places index, built on first use (it costs a second tokenization of all names). */
  private synchronized Map<String, List<Place>> nameIndex() {
    if (byName == null) {
      Map<String, List<Place>> m = new HashMap<>();
      for (Place p : byId.values()) {
        for (String n : names.getOrDefault(p.id(), Set.of())) {
          List<Place> ps = m.computeIfAbsent(key(n), x -> new ArrayList<>(1));
          if (!ps.contains(p)) {
            ps.add(p);
          }
        }
      }
      m.replaceAll((k, v) -> List.copyOf(v));
      byName = m;
    }
    return byName;
  }

  /** The names a place is known by: its names in both languages and its aliases. */
  public Set<String> names(Place p) {
    return names.getOrDefault(p.id(), Set.of());
  }

  /**
   * Every occurrence of a place name inside {@code tokens[from, to)}, overlapping ones included.
   */
  public List<PhraseMatcher.Match<Place>> match(List<Token> tokens, int from, int to) {
    return matcher.findAll(tokens, from, to);
  }

  /** Whether {@code name} is a common word that names a place only after a cue («اليوم»). */
  public boolean isStopName(String name) {
    return stopNames.contains(key(name));
  }

  /** The version line of each data file, by file name. */
  public Map<String, String> versions() {
    return versions;
  }

  /** The parent of {@code p}, if it has one the gazetteer knows. */
  public Optional<Place> parent(Place p) {
    return p.parentId().flatMap(this::place);
  }

  /** The normalised lookup key of a name: the tokens' first keys, joined by spaces. */
  static String key(String name) {
    List<Token> ts = Tokenizer.tokenize(name);
    StringBuilder sb = new StringBuilder();
    for (Token t : ts) {
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.keys()[0]);
    }
    return sb.toString();
  }

  /**
   * The other common English transcription of a Latin name's final Arabic ta marbuta: with or
   * without the final h ("Rawah" and "Rawa", "Dhuluiya" and "Dhuluiyah", "Falluja" and "Fallujah"),
   * for a last word of at least 5 letters ending in a consonant + "a(h)".
   */
  static Optional<String> spellingVariant(String name) {
    int n = name.length();
    int word = name.lastIndexOf(' ') + 1;
    if (n - word < 5 || !isAsciiLetters(name, word)) {
      return Optional.empty();
    }
    char last = Character.toLowerCase(name.charAt(n - 1));
    char before = Character.toLowerCase(name.charAt(n - 2));
    if (last == 'h' && before == 'a' && !vowel(name.charAt(n - 3))) {
      return Optional.of(name.substring(0, n - 1));
    }
    if (last == 'a' && !vowel(before)) {
      return Optional.of(name + "h");
    }
    return Optional.empty();
  }

  private static boolean vowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }

  private static boolean isAsciiLetters(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Reads the source files; one instance per load. */
  private static final class Loader {
    interface LineHandler {
      void handle(String source, int lineNo, String line);
    }

    record Admin1(String name, String nameAr, List<String> aliases) {}

    record Country(String iso2, String iso3, String name, String nameAr, double lat, double lon) {}

    final Map<String, Country> countries = new HashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, Set<String>> names = new HashMap<>();
    final Map<String, String> admin1ByCode = new HashMap<>();
    final Map<String, String> osNames = new HashMap<>();
    final Set<String> stop = new HashSet<>();
    final Map<String, String> versions = new LinkedHashMap<>();
    Map<String, String[]> header = new HashMap<>();

    void read(String name, Path file, LineHandler h) {
      try (InputStream in =
          file != null ? Files.newInputStream(file) : Gazetteer.class.getResourceAsStream(name)) {
        if (in == null) {
          return;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        boolean sawHeader = false;
        for (String line; (line = r.readLine()) != null; ) {
          n++;
          if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
          }
          String t = line.strip();
          if (t.startsWith("# version")) {
            versions.put(fileName(name), t.substring("# version".length()).strip());
          }
          if (t.isEmpty() || t.startsWith("#")) {
            continue;
          }
          if (!sawHeader && !name.endsWith(".txt")) {
            sawHeader = true;
            continue;
          }
          try {
            h.handle(name, n, line);
          } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                name + ":" + n + ": " + e.getMessage() + " in line '" + line + "'", e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + name + ": " + e, e);
      }
    }

    static String fileName(String path) {
      int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      return path.substring(i + 1);
    }

    static String[] tsv(String line, int min) {
      String[] f = line.split("\t", -1);
      if (f.length < min) {
        throw new IllegalArgumentException(
            "expected " + min + " tab-separated fields, found " + f.length);
      }
      return f;
    }

    static double number(String s, String what) {
      try {
        return Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(what + " '" + s + "' is not a number");
      }
    }

    static List<String> split(String s) {
      List<String> out = new ArrayList<>();
      for (String p : s.split("\\|")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
      return out;
    }

    Country countryOf(String iso2) {
      Country c = countries.get(iso2);
      if (c == null) {
        throw new IllegalArgumentException(
            "unknown country code '" + iso2 + "'; add it to countries.tsv");
      }
      return c;
    }

    void addNames(String id, Collection<String> ns) {
      Set<String> set = names.computeIfAbsent(id, k -> new LinkedHashSet<>());
      for (String n : ns) {
        if (!n.isBlank()) {
          set.add(n.strip());
        }
      }
    }

    void country(String src, int line, String l) {
      String[] f = tsv(l, 8);
      Country c = new Country(f[0], f[1], f[2], f[3], number(f[6], "lat"), number(f[7], "lon"));
      countries.put(c.iso2, c);
      String id = "cc:" + c.iso2;
      places.put(
          id,
          new Place(
              id,
              c.name,
              c.nameAr,
              PlaceKind.COUNTRY,
              c.iso2,
              c.name,
              c.iso3,
              "",
              "",
              "",
              c.lat,
              c.lon,
              0,
              Optional.empty()));
      List<String> ns = new ArrayList<>(List.of(c.name, c.nameAr));
      ns.addAll(split(f[4]));
      ns.addAll(split(f[5]));
      addNames(id, ns);
    }

    void admin1(String src, int line, String l) {
      String[] f = tsv(l, 6);
      Country c = countryOf(f[0]);
      String id = "a1:" + f[0] + "." + f[1];
      admin1ByCode.put(f[0] + "." + f[1], f[2]);
      places.put(
          id,
          new Place(
              id,
              f[2],
              f[3],
              PlaceKind.ADMIN1,
              c.iso2,
              c.name,
              c.iso3,
              f[2],
              "",
              "",
              c.lat,
              c.lon,
              0,
              Optional.of("cc:" + c.iso2)));
      List<String> ns = new ArrayList<>(List.of(f[2], f[3]));
      ns.addAll(split(f[4]));
      ns.addAll(split(f[5]));
      addNames(id, ns);
    }

    /** Open-Syria units: governorates add aliases to their admin1; districts, subdistricts. */
    final Map<String, String[]> osUnits = new HashMap<>();

    void syriaUnit(String src, int line, String l) {
      String[] f = tsv(l, 10);
      int level = Integer.parseInt(f[0]);
      osUnits.put(f[1], f);
      osNames.put(f[1], f[3]);
      List<String> ns = new ArrayList<>(List.of(f[3], f[4]));
      ns.addAll(split(f[8]));
      ns.addAll(split(f[9]));
      if (level == 1) {
        String a1 = "a1:SY." + f[2];
        if (!places.containsKey(a1)) {
          throw new IllegalArgumentException(
              "governorate p-code " + f[2] + " has no row in admin1.tsv; add 'SY\\t" + f[2] + "'");
        }
        addNames(a1, ns);
        return;
      }
      Country c = countryOf("SY");
      String gov = level == 2 ? f[7] : osUnits.get(f[7])[7];
      String govCode = osUnits.get(gov)[2];
      String admin1 = admin1ByCode.getOrDefault("SY." + govCode, "");
      String admin2 = level == 2 ? f[3] : osNames.get(f[7]);
      String admin3 = level == 3 ? f[3] : "";
      String parent = level == 2 ? "a1:SY." + govCode : "os:" + f[7];
      String id = "os:" + f[1];
      places.put(
          id,
          new Place(
              id,
              f[3],
              f[4],
              level == 2 ? PlaceKind.ADMIN2 : PlaceKind.ADMIN3,
              c.iso2,
              c.name,
              c.iso3,
              admin1,
              admin2,
              admin3,
              number(f[5], "lat"),
              number(f[6], "lon"),
              0,
              Optional.of(parent)));
      addNames(id, ns);
    }

    /** Seat of each admin1 code: PPLC/PPLA first, then population. */
    final Map<String, Place> seats = new HashMap<>();

    final Map<String, Boolean> seatIsCapital = new HashMap<>();

    void geonames(String src, int line, String l) {
      String[] f = tsv(l, 14);
      String cc = f[8];
      if (!countries.containsKey(cc)) {
        return;
      }
      double lat = number(f[5], "lat");
      double lon = number(f[6], "lon");
      String fcode = f[7];
      String code = f[9];
      long pop = f[12].isEmpty() ? 0 : Long.parseLong(f[12]);
      PlaceKind kind;
      if (fcode.equals("PPLX")) {
        kind = PlaceKind.NEIGHBOURHOOD;
      } else if (fcode.equals("PPLC") || pop >= 100_000) {
        kind = PlaceKind.CITY;
      } else if (fcode.startsWith("PPLA") || pop >= 10_000) {
        kind = PlaceKind.TOWN;
      } else {
        kind = PlaceKind.VILLAGE;
      }
      String countryCode = cc;
      if (cc.equals("IL") && code.equals("WE")) {
        countryCode = "PS";
      }
      if (countryCode.equals("PS")) {
        code = (lat < 31.6 && lon < 34.6) ? "GZ" : "WE";
      }
      Country c = countryOf(countryCode);
      String admin1 = admin1ByCode.getOrDefault(countryCode + "." + code, "");
      String admin2 = f[10].isEmpty() ? "" : osNames.getOrDefault(f[10], "");
      String admin3 = f[11].isEmpty() ? "" : osNames.getOrDefault(f[11], "");
      String id = "gn:" + f[0];
      Optional<String> parent =
          f[13].isEmpty()
              ? (admin3.isEmpty() ? Optional.empty() : Optional.of("os:" + f[11]))
              : Optional.of(f[13]);
      List<String> ar = split(f[3]);
      Place p =
          new Place(
              id,
              f[2],
              ar.isEmpty() ? "" : ar.get(0),
              kind,
              c.iso2,
              c.name,
              c.iso3,
              admin1,
              admin2,
              admin3,
              lat,
              lon,
              pop,
              parent);
      places.put(id, p);
      List<String> ns = new ArrayList<>(List.of(f[1], f[2]));
      ns.addAll(ar);
      ns.addAll(split(f[4]));
      addNames(id, ns);
      if (kind != PlaceKind.NEIGHBOURHOOD) {
        String seatKey = c.iso2 + "." + code;
        boolean capital = fcode.equals("PPLC") || fcode.equals("PPLA");
        Place old = seats.get(seatKey);
        boolean oldCapital = seatIsCapital.getOrDefault(seatKey, false);
        if (old == null
            || (capital && !oldCapital)
            || (capital == oldCapital && pop > old.population())) {
          seats.put(seatKey, p);
          seatIsCapital.put(seatKey, capital);
        }
      }
    }

    /** Gives admin1 units their seat's coordinates. */
    void finishGeoNames() {
      for (Map.Entry<String, Place> e : seats.entrySet()) {
        String id = "a1:" + e.getKey();
        Place a = places.get(id);
        if (a != null) {
          Place s = e.getValue();
          places.put(id, withCoordinates(a, s.latitude(), s.longitude()));
        }
      }
    }

    static Place withCoordinates(Place a, double lat, double lon) {
      return new Place(
          a.id(),
          a.name(),
          a.nameAr(),
          a.kind(),
          a.countryCode(),
          a.countryName(),
          a.iso3(),
          a.admin1(),
          a.admin2(),
          a.admin3(),
          lat,
          lon,
          a.population(),
          a.parentId());
    }

    static final String[] SUPPLEMENT_COLUMNS = {
      "id",
      "kind",
      "name",
      "name_ar",
      "aliases_ar",
      "aliases_en",
      "country",
      "admin1",
      "admin2",
      "admin3",
      "lat",
      "lon",
      "parent",
      "population",
      "note"
    };

    void supplement(String src, int line, String l) {
      List<String> f = Csv.fields(l);
      if (f.size() != SUPPLEMENT_COLUMNS.length) {
        throw new IllegalArgumentException(
            "expected "
                + SUPPLEMENT_COLUMNS.length
                + " comma-separated fields ("
                + String.join(",", SUPPLEMENT_COLUMNS)
                + "), found "
                + f.size()
                + "; quote fields that contain commas");
      }
      String id = f.get(0);
      if (id.isEmpty()) {
        throw new IllegalArgumentException("empty id");
      }
      Place old = places.get(id);
      Optional<Place> parent = Optional.empty();
      if (!f.get(12).isEmpty()) {
        parent = Optional.ofNullable(places.get(f.get(12)));
        if (parent.isEmpty()) {
          throw new IllegalArgumentException(
              "parent '" + f.get(12) + "' is not a known place id; define it on an earlier line");
        }
      }
      Place base = old != null ? old : parent.orElse(null);
      if (old == null && base == null && f.get(6).isEmpty()) {
        throw new IllegalArgumentException("a new place needs a parent or a country");
      }
      PlaceKind kind;
      if (!f.get(1).isEmpty()) {
        try {
          kind = PlaceKind.valueOf(f.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown kind '"
                  + f.get(1)
                  + "'; use one of "
                  + java.util.Arrays.toString(PlaceKind.values()));
        }
      } else if (old != null) {
        kind = old.kind();
      } else {
        throw new IllegalArgumentException("a new place needs a kind");
      }
      String cc = !f.get(6).isEmpty() ? f.get(6) : base.countryCode();
      Country c = countryOf(cc);
      String name = pick(f.get(2), old == null ? null : old.name());
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a new place needs a name");
      }
      String nameAr = pick(f.get(3), old == null ? null : old.nameAr());
      String admin1 = pick(f.get(7), base == null ? null : base.admin1());
      String admin2 = pick(f.get(8), base == null ? null : base.admin2());
      String admin3 = pick(f.get(9), base == null ? null : base.admin3());
      if (admin1.isEmpty() && kind == PlaceKind.ADMIN1) {
        admin1 = name;
      }
      double lat;
      double lon;
      if (!f.get(10).isEmpty() || !f.get(11).isEmpty()) {
        lat = number(f.get(10), "lat");
        lon = number(f.get(11), "lon");
      } else if (base != null) {
        lat = base.latitude();
        lon = base.longitude();
      } else {
        throw new IllegalArgumentException("a new place without parent needs lat and lon");
      }
      long pop =
          !f.get(13).isEmpty() ? Long.parseLong(f.get(13)) : old != null ? old.population() : 0;
      Optional<String> parentId =
          parent.isPresent()
              ? Optional.of(parent.get().id())
              : old != null ? old.parentId() : Optional.empty();
      places.put(
          id,
          new Place(
              id, name, nameAr, kind, c.iso2, c.name, c.iso3, admin1, admin2, admin3, lat, lon, pop,
              parentId));
      List<String> ns = new ArrayList<>(List.of(name, nameAr));
      List<String> aliases = new ArrayList<>(split(f.get(4)));
      aliases.addAll(split(f.get(5)));
      Set<String> known = names.computeIfAbsent(id, k -> new LinkedHashSet<>());
      for (String a : aliases) {
        if (a.startsWith("-")) {
          known.remove(a.substring(1).strip());
        } else {
          ns.add(a);
        }
      }
      addNames(id, ns);
    }

    static String pick(String given, String fallback) {
      return !given.isEmpty() ? given : fallback == null ? "" : fallback;
    }

    static boolean hasWord(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isLetterOrDigit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    void stopName(String src, int line, String l) {
      stop.add(key(l.strip()));
    }

    Gazetteer build() {
      PhraseMatcher.Builder<Place> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
      Map<String, Set<String>> frozen = new HashMap<>();
      for (Place p : places.values()) {
        Set<String> ns = names.getOrDefault(p.id(), Set.of());
        Set<String> kept = new LinkedHashSet<>();
        for (String n : ns) {
          if (hasWord(n)) {
            kept.add(n);
            b.add(n, p);
          }
        }
        for (String n : List.copyOf(kept)) {
          Optional<String> v = spellingVariant(n);
          if (v.isPresent() && kept.add(v.get())) {
            b.add(v.get(), p);
          }
        }
        frozen.put(p.id(), Collections.unmodifiableSet(kept));
      }
      return new Gazetteer(
          Collections.unmodifiableMap(places),
          frozen,
          b.build(),
          Set.copyOf(stop),
          Collections.unmodifiableMap(versions));
    }
  }
}
