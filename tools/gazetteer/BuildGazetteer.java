import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the generated part of hadath's shipped gazetteer from the public sources in shared/data.
 *
 * <p>Run by hand, from the repository root (Java 17 single-file launch, no build needed):
 *
 * <pre>
 *   java tools/gazetteer/BuildGazetteer.java ../shared/data \
 *       hadath-core/src/main/resources/org/hadath/gazetteer
 * </pre>
 *
 * <p>It writes two files (format: FORMAT.md next to them) and never touches the curated ones
 * (countries.tsv, admin1.tsv, places.supplement.csv):
 *
 * <ul>
 *   <li>{@code syria-admin.tsv}: Open-Syria governorates, districts and subdistricts with Arabic and
 *       English names, aliases, centroids, OCHA p-codes, parents.
 *   <li>{@code geonames.tsv}: the GeoNames cities500 places of the countries in {@link #COUNTRIES},
 *       trimmed to id, name, ASCII name, Arabic-script alternate names (Persian/Urdu-only letters
 *       dropped), capitalised ASCII alternates of 5 letters or more (shorter ones are mostly codes
 *       and abbreviations: "ALG", "Abd"), coordinates, feature code, country, admin1 code,
 *       population; Syrian places get their governorate p-code, district and subdistrict from the
 *       nearest Open-Syria subdistrict centroid inside the governorate their GeoNames admin1 code
 *       maps to ({@link #SY_CODES}), unless a subdistrict within 25 km bears the place's Arabic
 *       name («مركز طرطوس» for طرطوس), which then wins; centroids, not polygons, so a place near a subdistrict border
 *       may get the neighbouring subdistrict;
 *       neighbourhoods (PPLX) get the nearest bigger populated place within 20 km as parent.
 * </ul>
 *
 * Output is sorted and deterministic: running it twice gives identical files.
 */
public final class BuildGazetteer {

  /** MENA, Sahel, Horn of Africa and neighbours: where the reports hadath reads happen. */
  static final Set<String> COUNTRIES =
      Set.of(
          "SY", "IQ", "YE", "LY", "LB", "PS", "IL", "JO", "SD", "SS", "SO", "EG", "TR", "IR", "SA",
          "DZ", "TN", "MA", "EH", "ML", "NE", "NG", "TD", "BF", "MR", "AF", "PK", "KW", "QA", "BH",
          "AE", "OM", "ER", "ET", "DJ", "CF", "CM", "KE", "CY");

  /** Letters of Persian, Urdu, Kurdish and Pashto that Arabic does not use. */
  static final String NON_ARABIC_LETTERS = "پچژگکیۀےہٹڈڑںھۆێڵڕۊۋ";

  /**
   * GeoNames' Syrian admin1 codes and the Open-Syria governorate each stands for. Checked by hand:
   * each code's seat (PPLA/PPLC) is the governorate's capital (01 Al Hasakah … 14 Tartus).
   */
  static final Map<String, String> SY_CODES =
      Map.ofEntries(
          Map.entry("01", "sy-al-hasakah"),
          Map.entry("02", "sy-latakia"),
          Map.entry("03", "sy-quneitra"),
          Map.entry("04", "sy-raqqa"),
          Map.entry("05", "sy-as-suwayda"),
          Map.entry("06", "sy-daraa"),
          Map.entry("07", "sy-deir-ez-zor"),
          Map.entry("08", "sy-rif-dimashq"),
          Map.entry("09", "sy-aleppo"),
          Map.entry("10", "sy-hama"),
          Map.entry("11", "sy-homs"),
          Map.entry("12", "sy-idlib"),
          Map.entry("13", "sy-damascus"),
          Map.entry("14", "sy-tartus"));

  record Unit(
      int level,
      String id,
      String pcode,
      String en,
      String ar,
      double lat,
      double lon,
      String gov,
      String district,
      Set<String> aliasAr,
      Set<String> aliasEn) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java BuildGazetteer.java SHARED_DATA_DIR OUTPUT_DIR");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, Unit> units = readOpenSyria(data.resolve("opensyria-geography/syria_admin_names_flat.tsv"));
    writeSyriaAdmin(units, out.resolve("syria-admin.tsv"));
    writeGeoNames(data.resolve("geonames-cities500/cities500.txt"), units, out.resolve("geonames.tsv"));
  }

  static Map<String, Unit> readOpenSyria(Path flat) throws IOException {
    Map<String, Unit> units = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(flat, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("level\tid\tocha_pcode")) {
        throw new IOException(flat + ": unexpected header " + header);
      }
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        String id = f[1];
        Unit u = units.get(id);
        if (u == null) {
          u =
              new Unit(
                  Integer.parseInt(f[0]),
                  id,
                  f[2],
                  f[3],
                  f[4],
                  Double.parseDouble(f[8]),
                  Double.parseDouble(f[9]),
                  f[10],
                  f[11],
                  new LinkedHashSet<>(),
                  new LinkedHashSet<>());
          units.put(id, u);
        }
        String alias = f[5].trim();
        if (!alias.isEmpty() && !alias.equals(u.en) && !alias.equals(u.ar)) {
          if (f[6].equals("ar")) {
            u.aliasAr.add(alias);
          } else if (isGoodLatinAlias(alias)) {
            u.aliasEn.add(alias);
          }
        }
      }
    }
    return units;
  }

  /** Latin aliases worth matching: capitalised words, no romanisation noise like "nahyt mrkz". */
  static boolean isGoodLatinAlias(String s) {
    if (s.length() < 3 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || " -'".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean isArabicName(String s) {
    boolean arabic = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (NON_ARABIC_LETTERS.indexOf(c) >= 0) {
        return false;
      }
      if (c >= '\u0621' && c <= '\u064A') {
        arabic = true;
      } else if (c != ' ' && c != '-' && !(c >= '\u064B' && c <= '\u0652') && c != '\u0640') {
        return false;
      }
    }
    return arabic;
  }

  static void writeSyriaAdmin(Map<String, Unit> units, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# hadath gazetteer: Syrian admin units from Open-Syria (CC BY 4.0). Generated by"
          + " tools/gazetteer/BuildGazetteer.java; do not edit by hand.\n");
      w.write("level\tid\tpcode\tname\tname_ar\tlat\tlon\tparent\taliases_ar\taliases_en\n");
      for (Unit u : units.values()) {
        String parent = u.level == 3 ? u.district : u.level == 2 ? u.gov : "";
        w.write(
            String.join(
                "\t",
                Integer.toString(u.level),
                u.id,
                u.pcode,
                u.en,
                u.ar,
                coord(u.lat),
                coord(u.lon),
                parent,
                String.join("|", u.aliasAr),
                String.join("|", u.aliasEn)));
        w.write('\n');
      }
    }
  }

  record Row(
      String id,
      String name,
      String ascii,
      List<String> ar,
      List<String> en,
      double lat,
      double lon,
      String fcode,
      String cc,
      String admin1,
      long pop) {}

  static void writeGeoNames(Path cities, Map<String, Unit> units, Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 19 || !COUNTRIES.contains(f[8])) {
          continue;
        }
        Set<String> ar = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        for (String alt : f[3].split(",")) {
          String a = alt.trim();
          if (a.isEmpty()) {
            continue;
          }
          if (isArabicName(a)) {
            ar.add(a);
          } else if (isGoodLatinAlias(a)
              && a.length() > 4
              && !a.equals(a.toUpperCase(Locale.ROOT))
              && !a.equals(f[1])
              && !a.equals(f[2])) {
            en.add(a);
          }
        }
        rows.add(
            new Row(
                f[0],
                f[1],
                f[2],
                new ArrayList<>(ar),
                new ArrayList<>(en),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[7],
                f[8],
                f[10],
                f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
      }
    }
    rows.sort((a, b) -> Long.compare(Long.parseLong(a.id), Long.parseLong(b.id)));

    // Syria: GeoNames admin1 code -> Open-Syria governorate (checked against each code's PPLA).
    List<Unit> subs = units.values().stream().filter(u -> u.level == 3).toList();
    Map<String, String> codeToGov = SY_CODES;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# hadath gazetteer: GeoNames cities500 (CC BY 4.0, geonames.org), trimmed. Generated by"
          + " tools/gazetteer/BuildGazetteer.java; do not edit by hand.\n");
      w.write("id\tname\tascii\tnames_ar\tnames_en\tlat\tlon\tfcode\tcc\tadmin1\tadmin2\tadmin3"
          + "\tpopulation\tparent\n");
      for (Row row : rows) {
        String admin1 = row.admin1;
        String admin2 = "";
        String admin3 = "";
        if (row.cc.equals("SY")) {
          String gov = codeToGov.get(row.admin1);
          List<Unit> inGov = subs.stream().filter(s -> s.gov.equals(gov)).toList();
          Unit sub = sameName(inGov, row).orElseGet(() -> nearest(inGov, row.lat, row.lon));
          admin1 = units.get(sub.gov).pcode;
          admin2 = sub.district;
          admin3 = sub.id;
        }
        String parent = "";
        if (row.fcode.equals("PPLX")) {
          Row best = null;
          double bestD = 20.0;
          for (Row o : rows) {
            if (o != row && o.cc.equals(row.cc) && !o.fcode.equals("PPLX") && o.pop > row.pop) {
              double d = km(row.lat, row.lon, o.lat, o.lon);
              if (d < bestD || (best != null && d < bestD * 1.5 && o.pop > 10 * best.pop)) {
                bestD = Math.min(d, bestD);
                best = o;
              }
            }
          }
          parent = best == null ? "" : "gn:" + best.id;
        }
        w.write(
            String.join(
                "\t",
                row.id,
                row.name,
                row.ascii,
                String.join("|", row.ar),
                String.join("|", row.en),
                coord(row.lat),
                coord(row.lon),
                row.fcode,
                row.cc,
                admin1,
                admin2,
                admin3,
                Long.toString(row.pop),
                parent));
        w.write('\n');
      }
    }
    Map<String, Integer> perCountry = new TreeMap<>();
    rows.forEach(r -> perCountry.merge(r.cc, 1, Integer::sum));
    System.err.println("geonames rows per country: " + perCountry + ", total " + rows.size());
  }

  /** The subdistrict named like the place («مركز طرطوس» for طرطوس), within 25 km of it. */
  static java.util.Optional<Unit> sameName(List<Unit> subs, Row row) {
    for (Unit u : subs) {
      Set<String> names = new LinkedHashSet<>();
      names.add(u.ar.replaceFirst("^مركز ", ""));
      u.aliasAr.forEach(a -> names.add(a.replaceFirst("^(ناحية )?(مركز )?", "")));
      boolean match = row.ar.stream().anyMatch(names::contains);
      if (match && km(row.lat, row.lon, u.lat, u.lon) < 25) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  static Unit nearest(List<Unit> us, double lat, double lon) {
    Unit best = null;
    double bestD = Double.MAX_VALUE;
    for (Unit u : us) {
      double d = km(lat, lon, u.lat, u.lon);
      if (d < bestD) {
        bestD = d;
        best = u;
      }
    }
    return best;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  static String coord(double d) {
    return String.format(Locale.ROOT, "%.5f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private BuildGazetteer() {}

}
