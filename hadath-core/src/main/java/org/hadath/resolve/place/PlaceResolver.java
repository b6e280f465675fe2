package org.hadath.resolve.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses one gazetteer place for each {@link PlaceHit}, using the cue and the document.
 *
 * <p>Rules (each candidate gets a score; the highest wins):
 *
 * <ul>
 *   <li>Kind against cue: «مدينة/بلدة/قرية» favour cities, towns, villages; «حي» neighbourhoods;
 *       «مخيم» camps; «مطار/معبر/سد» sites; «محافظة» admin1; «منطقة/قضاء» admin2; «ناحية» admin3;
 *       «ريف» towns and admin1 units. With no kind cue, populated places come first (cities before
 *       towns before villages), then admin units, regions and sites, then neighbourhoods; but a
 *       first-level unit's own name scores 3.3, above any village (2 + population) and a town of
 *       under about 3,000 people: "Al Jawf" is the governorate, not the hamlet that shares the
 *       name, while the city or sizeable town a governorate is named after still wins.
 *   <li>Population: + 0.3 × log10(population + 1).
 *   <li>Context: a candidate in a country of the actors, of the dateline place or named in the
 *       document (a name whose only reading is a country) gains 2; in the same admin1 as another
 *       place of the document that is already sure (an anchor) 1.5; within 50 km of an anchor 1
 *       (150 km: 0.5); a neighbourhood or site whose parent is named in the document (by another
 *       name than this one) gains 3, as does a province whose country is named; a district or
 *       subdistrict does not («ريف القامشلي» in a report that names «الحسكة» is the town's
 *       countryside, not the district's).
 *   <li>Two passes: hits with one candidate or a clear lead (2 points over the best candidate that
 *       is not the first-level unit the leader lies in) become anchors first: countries, places of
 *       100,000 people or more and cued admin1 units, then cued places in the countries found so
 *       far; then every hit is scored again against the anchors.
 *   <li>A place in a country where neither the context, nor any anchor, nor a country the document
 *       names lies is dropped unless it is a country, an admin1 unit named with a cue, or has
 *       100,000 people or more: a small town in Yemen named in a report on Lebanon is a word, or a
 *       village of the report's country that the gazetteer lacks («بلدة العالية» in Daraa is no
 *       Aley); the geocoder then keeps a cued name as an {@link UnknownPlace}. A name in a
 *       container parenthesis ("Raizh district (Sadah)") states where the place before it lies and
 *       is always kept.
 *   <li>A place followed within 80 chars by a container parenthesis whose place lies in another
 *       country, neither of the context, is a local name of that country the gazetteer knows only
 *       elsewhere ("Al Jabaliyah areas in western Yemen (At Tuhayat, Al Hudaydah)" is no Jabalya in
 *       Gaza): it is dropped, and the geocoder keeps it as an {@link UnknownPlace}.
 *   <li>A name with no cue whose best place is a village or a GeoNames neighbourhood is dropped
 *       unless an anchor supports it (same admin1, or its parent is named): such names are too
 *       often words or person names.
 * </ul>
 */
public final class PlaceResolver {

  private static final double ANCHOR_MARGIN = 2.0;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place the dateline names, chosen as a cue-less name with the actors' countries. */
  public Optional<Place> dateline(PlaceContext ctx) {
    if (ctx.dateline().isEmpty()) {
      return Optional.empty();
    }
    Set<String> countries = countryCodes(ctx);
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : gazetteer.named(ctx.dateline().get().strip())) {
      double s = kindScore(p, null) + popScore(p) + (countries.contains(p.countryCode()) ? 2 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** One resolved place per kept hit, in the hits' order. */
  public List<ResolvedPlace> resolve(List<PlaceHit> hits, PlaceContext ctx) {
    Set<String> countries = countryCodes(ctx);
    List<Place> anchors = new ArrayList<>();
    dateline(ctx)
        .ifPresent(
            d -> {
              anchors.add(d);
              countries.add(d.countryCode());
            });
    Set<String> given = Set.copyOf(countries);
    // a country the report names («في العراق», "in northern Iraq") counts as the actors' do for
    // choosing among same-name places; it widens the countries places are kept in, never narrows
    Set<String> namedCountries = new HashSet<>();
    for (PlaceHit h : hits) {
      if (h.candidates().size() == 1 && h.candidates().get(0).kind() == PlaceKind.COUNTRY) {
        namedCountries.add(h.candidates().get(0).countryCode());
      }
    }
    // pass 1: sure hits become anchors: big places first, then cued ones in their countries
    for (PlaceHit h : hits) {
      Scored s = best(h, union(countries, namedCountries), anchors, List.of(), -1);
      if (s.margin >= ANCHOR_MARGIN
          && s.place.kind() != PlaceKind.COUNTRY
          && (big(s.place) || cuedAdmin1(h, s.place))) {
        anchors.add(s.place);
        countries.add(s.place.countryCode());
      }
    }
    for (PlaceHit h : hits) {
      Scored s = best(h, union(countries, namedCountries), anchors, List.of(), -1);
      if (s.margin >= ANCHOR_MARGIN
          && !anchors.contains(s.place)
          && !weak(h, s.place)
          && trusted(h, s.place)
          && (countries.isEmpty() || countries.contains(s.place.countryCode()))) {
        anchors.add(s.place);
      }
    }
    Set<String> anchorCountries = new HashSet<>(countries);
    for (Place a : anchors) {
      anchorCountries.add(a.countryCode());
    }
    if (!anchorCountries.isEmpty()) {
      anchorCountries.addAll(namedCountries);
    }
    // Palestine and Israel share places and names (Jerusalem): one area for this rule
    if (anchorCountries.contains("PS") || anchorCountries.contains("IL")) {
      anchorCountries.add("PS");
      anchorCountries.add("IL");
    }
    // pass 2
    List<ResolvedPlace> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      PlaceHit h = hits.get(i);
      List<Place> named = new ArrayList<>();
      for (int j = 0; j < hits.size(); j++) {
        if (j != i) {
          named.addAll(hits.get(j).candidates());
        }
      }
      Scored s = best(h, union(anchorCountries, namedCountries), anchors, named, i);
      if (weak(h, s.place) && !s.supported) {
        continue;
      }
      if (!anchorCountries.isEmpty()
          && !anchorCountries.contains(s.place.countryCode())
          && !big(s.place)
          && !cuedAdmin1(h, s.place)
          && !h.cued(Cue.Type.CONTAINER)) {
        continue;
      }
      String rule =
          h.candidates().size() == 1
              ? "resolve:only"
              : s.supported ? "resolve:context" : "resolve:kind+population";
      out.add(new ResolvedPlace(h, s.place, s.score, s.margin, rule));
    }
    return withoutForeignBeforeContainer(out, given);
  }

  /** Longest gap between a name and the container parenthesis that says where it lies. */
  static final int CONTAINER_CHARS = 80;

  /** Drops the places that a container parenthesis puts in another country (class comment). */
  private static List<ResolvedPlace> withoutForeignBeforeContainer(
      List<ResolvedPlace> rs, Set<String> context) {
    List<ResolvedPlace> out = new ArrayList<>(rs.size());
    for (int i = 0; i < rs.size(); i++) {
      ResolvedPlace r = rs.get(i);
      boolean foreign = false;
      if (!r.hit().cued(Cue.Type.CONTAINER)
          && r.place().kind() != PlaceKind.COUNTRY
          && !context.contains(r.place().countryCode())) {
        for (int j = i + 1; j < rs.size(); j++) {
          ResolvedPlace c = rs.get(j);
          if (c.hit().span().start() - r.hit().span().end() > CONTAINER_CHARS) {
            break;
          }
          if (c.hit().cued(Cue.Type.CONTAINER)) {
            foreign = !c.place().countryCode().equals(r.place().countryCode());
            break;
          }
        }
      }
      if (!foreign) {
        out.add(r);
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** A hit sure enough to be evidence about the document: cued, a country or big. */
  private static boolean trusted(PlaceHit h, Place p) {
    return !h.cues().isEmpty() || big(p);
  }

  /** A country or a place of 100,000 people or more. */
  private static boolean big(Place p) {
    return p.kind() == PlaceKind.COUNTRY || p.population() >= 100_000;
  }

  /** An admin1 unit named with a cue («محافظة إدلب», "Idlib province"). */
  private static boolean cuedAdmin1(PlaceHit h, Place p) {
    return p.kind() == PlaceKind.ADMIN1 && !h.cues().isEmpty();
  }

  /** A cue-less village or GeoNames neighbourhood: kept only with context support. */
  private static boolean weak(PlaceHit h, Place p) {
    if (!h.cues().isEmpty()) {
      return false;
    }
    return p.kind() == PlaceKind.VILLAGE
        || (p.kind() == PlaceKind.NEIGHBOURHOOD && p.id().startsWith("gn:"));
  }

  private record Scored(Place place, double score, double margin, boolean supported) {}

  private Scored best(
      PlaceHit h, Set<String> countries, List<Place> anchors, List<Place> named, int self) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    boolean bestSupported = false;
    double[] scores = new double[h.candidates().size()];
    int k = 0;
    for (Place p : h.candidates()) {
      double s = kindScore(p, h) + popScore(p);
      if (countries.contains(p.countryCode())) {
        s += 2;
      }
      boolean supported = false;
      double near = 0;
      for (Place a : anchors) {
        if (a == p) {
          continue;
        }
        if (!a.admin1().isEmpty()
            && a.admin1().equals(p.admin1())
            && a.countryCode().equals(p.countryCode())) {
          supported = true;
        }
        double d = p.distanceKm(a);
        near = Math.max(near, d < 50 ? 1 : d < 150 ? 0.5 : 0);
      }
      if (supported) {
        s += 1.5;
      }
      s += near;
      if (p.parentId().isPresent()
          && p.kind() != PlaceKind.ADMIN2
          && p.kind() != PlaceKind.ADMIN3) {
        for (Place n : named) {
          if (n.id().equals(p.parentId().get())) {
            s += 3;
            supported = true;
            break;
          }
        }
      }
      if (p.id().startsWith("sup:")) {
        s += 0.3;
      }
      if (s > bestScore) {
        bestScore = s;
        best = p;
        bestSupported = supported;
      }
      scores[k++] = s;
    }
    // the margin is over the runner-up that is another answer: the province a city is the seat
    // and namesake of ("Baghdad" the city, "Baghdad" the province) does not make the city unsure
    k = 0;
    for (Place p : h.candidates()) {
      double s = scores[k++];
      if (p != best && s > second && !containedIn(best, p)) {
        second = s;
      }
    }
    double margin = h.candidates().size() == 1 ? Double.POSITIVE_INFINITY : bestScore - second;
    return new Scored(best, bestScore, margin, bestSupported);
  }

  /** Whether {@code unit} is the first-level unit {@code p} lies in. */
  private static boolean containedIn(Place p, Place unit) {
    return unit.kind() == PlaceKind.ADMIN1
        && p.kind() != PlaceKind.ADMIN1
        && p.countryCode().equals(unit.countryCode())
        && !p.admin1().isEmpty()
        && p.admin1().equals(unit.admin1());
  }

  private static double popScore(Place p) {
    return 0.3 * Math.log10(p.population() + 1.0);
  }

  /** Score of a place kind given the hit's nearest kind cue; {@code h == null}: no cue. */
  static double kindScore(Place p, PlaceHit h) {
    Cue.Type cue = null;
    if (h != null) {
      for (Cue c : h.cues()) {
        if (c.type() != Cue.Type.PREPOSITION
            && c.type() != Cue.Type.CONTAINER
            && !c.type().approximate()) {
          cue = c.type();
          break;
        }
      }
    }
    PlaceKind k = p.kind();
    if (cue == null) {
      return switch (k) {
        case CITY -> 2.5;
        case TOWN -> 2.2;
        case ADMIN1 -> 3.3;
        case VILLAGE -> 2.0;
        case COUNTRY -> 1.6;
        case REGION, CAMP, MILITARY, CROSSING, DAM, LANDMARK, ROAD -> 1.5;
        case ADMIN2, ADMIN3 -> 0.5;
        case NEIGHBOURHOOD -> 0.5;
      };
    }
    return switch (cue) {
      case POPULATED -> k.populated() ? 3 : k == PlaceKind.CAMP ? 1 : k.admin() ? -2 : -1;
      case NEIGHBOURHOOD -> k == PlaceKind.NEIGHBOURHOOD ? 3 : k.populated() ? 0.5 : -3;
      case CAMP -> k == PlaceKind.CAMP ? 3 : k.populated() ? 1 : -2;
      case SITE -> k.site() ? 2 : k.populated() ? 1.5 : -1;
      case ROAD -> k == PlaceKind.ROAD ? 3 : k.populated() ? 1.5 : -1;
      case COUNTRYSIDE -> k.populated() ? 2.5 : k == PlaceKind.ADMIN1 ? 2 : k.admin() ? 1 : -2;
      case ADMIN1 -> k == PlaceKind.ADMIN1 ? 4 : k == PlaceKind.CITY ? 1 : k.admin() ? 0 : -2;
      case ADMIN2 ->
          k == PlaceKind.ADMIN2
              ? 4
              : k == PlaceKind.ADMIN3 || k == PlaceKind.REGION ? 2 : k.populated() ? 1.5 : -1;
      case ADMIN3 -> k == PlaceKind.ADMIN3 ? 4 : k.populated() ? 1.5 : -1;
      default -> 0;
    };
  }

  private Set<String> countryCodes(PlaceContext ctx) {
    Set<String> out = new HashSet<>();
    for (String c : ctx.countries()) {
      String s = c.strip();
      if (s.length() == 2 && s.toUpperCase(Locale.ROOT).equals(s)) {
        out.add(s);
        continue;
      }
      for (Place p : gazetteer.named(s)) {
        if (p.kind() == PlaceKind.COUNTRY) {
          out.add(p.countryCode());
        }
      }
    }
    return out;
  }
}
