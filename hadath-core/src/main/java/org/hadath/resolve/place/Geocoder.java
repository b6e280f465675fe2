package org.hadath.resolve.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.text.Token;

/**
 * Places and event locations of documents: {@link PlaceFinder} + {@link PlaceResolver}, then one
 * location per event. Thread-safe; build once and share.
 *
 * <p>Locating rules ({@link #locate}):
 *
 * <ul>
 *   <li>The place nearest the trigger in the trigger's sentence; a place after the trigger counts
 *       its distance as is, one before it 1.5 times (reports put the place after the verb: «غارة
 *       على حي المشلب»); a country counts 200 chars further (a town is more precise).
 *   <li>A name in a container parenthesis ("Mudiyah (Mudiyah, Abyan)") counts 300 chars further: it
 *       says where the name before it lies; it is the place only when nothing else is near.
 *   <li>A place named after a direction noun ("west of Baghdad", «جنوب الموصل») is a reference
 *       point: when another place (not a country), or a name the gazetteer lacks, ends at most 60
 *       chars before the direction ("Falluja, 60 kilometres west of Baghdad", "Hit, a Sunni town
 *       west of Baghdad"), that place is the location (rule suffix {@code +referent}).
 *   <li>A reference point with nothing named before it ("a car bomb killed 17 south of Baghdad"): a
 *       town or site the paragraph names that lies that way from it (2–150 km, bearing within 60°:
 *       "… in the town of Musayyib") is the location, the most precise place reported (rule suffix
 *       {@code +direction}).
 *   <li>Else the nearest place in the paragraph, by the same measure.
 *   <li>When the place found so is a country («في العراق», "in Iraq"), a more precise place in that
 *       country stands in for it, as a coder codes the most precise place reported: the nearest in
 *       the paragraph, else the one the document names most often; when that is a province or
 *       district, the nearest town or site of that province named there instead (rule suffix {@code
 *       +specific}).
 *   <li>Else the dateline place.
 *   <li>Else the document's main place: the place named most often in it, a town or unit before a
 *       country, the first named on a tie (a report about one town names it once in the lead and
 *       then says «الهجوم» without a place).
 *   <li>When the nearest name is an {@link UnknownPlace} («قرية إمام غربي»), the location bears its
 *       name, with the admin units and coordinates of the known place nearest to it (or the
 *       dateline place), at precision 2, and both mentions.
 *   <li>A province or district named next to (at most 40 chars from) a place inside it («بلدة X في
 *       محافظة Y», "the town of Hit in Anbar Province"): the location is that place, the most
 *       precise one reported (rule suffix {@code +within}); so is a place within 15 km of a
 *       province's seat named next to the province («في القدس، … ببلدة سلوان»: Silwan).
 *   <li>A part and its town named together («حي المشلب بمدينة الرقة», «مطار الطبقة قرب الطبقة»):
 *       the location is the part (the most precise place named, CONTRACT), the town is kept as
 *       {@link EventPlace#town()} and both mentions are returned. The part must be a neighbourhood,
 *       camp or site, adjacent (at most 40 chars between) to a populated place that is its
 *       gazetteer parent or lies within 15 km.
 * </ul>
 *
 * <p>Geo precision (ACLED):
 *
 * <ul>
 *   <li>1: a city, town, village, or a named part of one (neighbourhood, camp, site).
 *   <li>2: near a place («أطراف», «محيط», «قرب», «شمال X», "near", "outskirts of"), a subdistrict,
 *       a named region («الغوطة الشرقية»), or the countryside of a town that is not a provincial
 *       seat («ريف القامشلي»).
 *   <li>3: a province («محافظة الرقة»), a district, a country, or the countryside of a province or
 *       of its seat («ريف حلب الشمالي» → admin1 Aleppo at the seat's coordinates).
 * </ul>
 */
public final class Geocoder {

  private static final int ADJACENT_CHARS = 40;
  private static final double SAME_TOWN_KM = 15;

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final PlaceResolver resolver;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
  }

  private static final class Holder {
    static final Geocoder DEFAULT = new Geocoder(Gazetteer.defaultGazetteer());
  }

  /** A geocoder over the shipped gazetteer, shared. */
  public static Geocoder defaultGeocoder() {
    return Holder.DEFAULT;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public PlaceFinder finder() {
    return finder;
  }

  public PlaceResolver resolver() {
    return resolver;
  }

  /**
   * The places of {@code doc}: names in its title and body zones (never in related-article lists or
   * page furniture), resolved with the dateline and the actors' countries.
   *
   * @param tokens tokens of {@code doc.text()} (all of it, as the tokenizer gave them)
   * @param exclude spans that are not places, such as actor names
   * @param actorCountries countries of the document's actors, as names or ISO2 codes
   */
  public DocumentPlaces places(
      Document doc, List<Token> tokens, List<Span> exclude, Set<String> actorCountries) {
    List<PlaceHit> hits = new ArrayList<>();
    List<UnknownPlace> unknown = new ArrayList<>();
    for (Zone z : doc.zones()) {
      if (z.kind() == Zone.Kind.BODY || z.kind() == Zone.Kind.TITLE) {
        int from = firstTokenAtOrAfter(tokens, z.span().start());
        int to = firstTokenAtOrAfter(tokens, z.span().end());
        List<PlaceHit> zh = finder.find(doc.text(), tokens, from, to, exclude);
        hits.addAll(zh);
        unknown.addAll(finder.findUnknown(doc.text(), tokens, from, to, zh, exclude));
      }
    }
    PlaceContext ctx = new PlaceContext(doc.dateline(), actorCountries);
    List<ResolvedPlace> resolved = resolver.resolve(hits, ctx);
    unknown = withDroppedCuedHits(doc.text(), hits, resolved, unknown);
    Optional<Place> dateline = resolver.dateline(ctx);
    Optional<Span> datelineSpan = Optional.empty();
    if (doc.dateline().isPresent()) {
      String d = doc.dateline().get().strip();
      for (Zone z : doc.zones()) {
        if (z.kind() == Zone.Kind.BYLINE || z.kind() == Zone.Kind.BODY) {
          int at = doc.text().indexOf(d, z.span().start());
          if (!d.isEmpty() && at >= 0 && at + d.length() <= z.span().end()) {
            datelineSpan = Optional.of(new Span(at, at + d.length()));
            break;
          }
        }
      }
    }
    return new DocumentPlaces(resolved, unknown, dateline, datelineSpan);
  }

  /** Adds cued hits the resolver dropped (known only elsewhere) to the unknown names. */
  private static List<UnknownPlace> withDroppedCuedHits(
      String text, List<PlaceHit> hits, List<ResolvedPlace> resolved, List<UnknownPlace> unknown) {
    List<UnknownPlace> out = new ArrayList<>(unknown);
    for (PlaceHit h : hits) {
      boolean kept = false;
      for (ResolvedPlace r : resolved) {
        kept |= r.hit() == h;
      }
      Optional<Cue> c = h.cue();
      if (!kept && !h.cued(Cue.Type.CONTAINER) && beforeContainer(hits, h)) {
        Cue cue = c.orElse(new Cue(h.span(), Cue.Type.PREPOSITION, "("));
        out.add(
            new UnknownPlace(
                h.span(),
                text.substring(h.span().start(), h.span().end()),
                cue,
                "place:unknown-here:container"));
      } else if (!kept
          && c.isPresent()
          && (c.get().type() == Cue.Type.POPULATED
              || c.get().type() == Cue.Type.NEIGHBOURHOOD
              || c.get().type() == Cue.Type.CAMP)) {
        out.add(
            new UnknownPlace(
                h.span(),
                text.substring(h.span().start(), h.span().end()),
                c.get(),
                "place:unknown-here:" + c.get().word()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(u -> u.span().start()));
    return out;
  }

  /** Whether a container parenthesis follows {@code h} closely (see {@link PlaceResolver}). */
  private static boolean beforeContainer(List<PlaceHit> hits, PlaceHit h) {
    for (PlaceHit c : hits) {
      int gap = c.span().start() - h.span().end();
      if (gap > 0 && gap <= PlaceResolver.CONTAINER_CHARS && c.cued(Cue.Type.CONTAINER)) {
        return true;
      }
    }
    return false;
  }

  /** The places in {@code text} from its tokens, with {@code ctx}; for callers without zones. */
  public DocumentPlaces places(
      String text, List<Token> tokens, List<Span> exclude, PlaceContext ctx) {
    List<PlaceHit> hits = finder.find(text, tokens, 0, tokens.size(), exclude);
    List<ResolvedPlace> resolved = resolver.resolve(hits, ctx);
    List<UnknownPlace> unknown =
        withDroppedCuedHits(
            text,
            hits,
            resolved,
            finder.findUnknown(text, tokens, 0, tokens.size(), hits, exclude));
    return new DocumentPlaces(resolved, unknown, resolver.dateline(ctx), Optional.empty());
  }

  private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The location of the event whose trigger is at {@code trigger}.
   *
   * @param places the document's places
   * @param trigger the trigger's span
   * @param sentence the trigger's sentence
   * @param paragraph the trigger's paragraph (or any larger range to search second)
   */
  public Optional<EventPlace> locate(
      DocumentPlaces places, Span trigger, Span sentence, Span paragraph) {
    List<ResolvedPlace> ps = places.places();
    for (Span range : new Span[] {sentence, paragraph}) {
      String rule = range == sentence ? "locate:sentence" : "locate:paragraph";
      int i = nearest(ps, trigger, range);
      int u = nearestUnknown(places.unknown(), trigger, range);
      if (u >= 0
          && (i < 0
              || distance(places.unknown().get(u).span(), trigger)
                  < distance(ps.get(i).hit().span(), trigger)
                      + (placeIsCountry(ps, i) ? 200 : 0)
                      + (ps.get(i).hit().cued(Cue.Type.CONTAINER) ? CONTAINER_PENALTY : 0))) {
        Optional<EventPlace> e =
            unknownLocation(places, places.unknown().get(u), sentence, paragraph, rule);
        if (e.isPresent()) {
          return e;
        }
      }
      if (i >= 0) {
        // "Falluja, 60 kilometres west of Baghdad": Baghdad only says where Falluja lies
        int k = referent(ps, i, range);
        int v = referentUnknown(places.unknown(), ps.get(i), range);
        if (v >= 0
            && (k < 0 || places.unknown().get(v).span().start() > ps.get(k).hit().span().start())) {
          Optional<EventPlace> e =
              unknownLocation(places, places.unknown().get(v), sentence, paragraph, rule);
          if (e.isPresent()) {
            return Optional.of(rerule(e.get(), "+referent"));
          }
        }
        if (k >= 0) {
          i = k;
          rule += "+referent";
        } else {
          // "a car bomb killed 17 south of Baghdad … in the town of Musayyib": the town named in
          // the paragraph that lies that way from Baghdad is the place reported
          int w = inDirection(ps, i, trigger, paragraph);
          if (w >= 0) {
            i = w;
            rule += "+direction";
          }
        }
      }
      if (i >= 0 && placeIsCountry(ps, i)) {
        int j = moreSpecific(ps, trigger, paragraph, ps.get(i).place().countryCode());
        if (j >= 0) {
          return Optional.of(combine(ps, j, rule + "+specific"));
        }
      }
      if (i >= 0) {
        return Optional.of(combine(ps, i, rule));
      }
    }
    if (places.dateline().isPresent()) {
      Place d = places.dateline().get();
      List<PlaceMention> ms = new ArrayList<>();
      places
          .datelineSpan()
          .ifPresent(
              s -> ms.add(new PlaceMention(s, Optional.of(d.id()), Optional.empty(), "dateline")));
      Location loc = location(d, precisionOf(d, Optional.empty()));
      return Optional.of(new EventPlace(loc, d, townOf(d), ms, "locate:dateline"));
    }
    int main = mainPlace(ps);
    return main < 0 ? Optional.empty() : Optional.of(locationOf(ps.get(main), "locate:document"));
  }

  /** Longest gap between a place and the direction phrase that locates it from another place. */
  private static final int REFERENT_CHARS = 60;

  /** Direction nouns that say where something lies from a place: "west of X", «جنوب X». */
  private static final java.util.Set<String> DIRECTION_OF =
      java.util.Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west",
          "جنوب",
          "شمال",
          "شرق",
          "غرب",
          "جنوبي",
          "شمالي",
          "شرقي",
          "غربي");

  /** The cue "west of", «جنوب» of a hit that names a reference point, if it has one. */
  private static Optional<Cue> directionOf(PlaceHit h) {
    for (Cue c : h.cues()) {
      if (c.type() == Cue.Type.DIRECTION && DIRECTION_OF.contains(c.word())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The place a reference point locates: when {@code ps[i]} follows a direction noun ("west of
   * Baghdad", «جنوب الموصل») and another place of its country, not a country itself nor in a
   * container parenthesis, ends at most {@link #REFERENT_CHARS} before that noun in {@code range}
   * ("Falluja, 60 kilometres west of Baghdad"), that place; else -1.
   */
  static int referent(List<ResolvedPlace> ps, int i, Span range) {
    Optional<Cue> d = directionOf(ps.get(i).hit());
    if (d.isEmpty()) {
      return -1;
    }
    int at = d.get().span().start();
    for (int k = i - 1; k >= 0; k--) {
      Span s = ps.get(k).hit().span();
      if (s.end() > at) {
        continue;
      }
      if (s.start() < range.start() || at - s.end() > REFERENT_CHARS) {
        return -1;
      }
      Place p = ps.get(k).place();
      if (p.kind() != PlaceKind.COUNTRY
          && p.countryCode().equals(ps.get(i).place().countryCode())
          && !ps.get(k).hit().cued(Cue.Type.CONTAINER)
          && directionOf(ps.get(k).hit()).isEmpty()) {
        return k;
      }
      return -1;
    }
    return -1;
  }

  /** Farthest a place said to lie "south of X" may be from X to stand for that area. */
  private static final double DIRECTION_KM = 150;

  /** Widest angle between a direction and the bearing of a place that lies that way. */
  private static final double DIRECTION_DEGREES = 60;

  /** Compass bearing of each direction noun, in degrees. */
  private static final Map<String, Double> BEARING =
      Map.ofEntries(
          Map.entry("north", 0.0),
          Map.entry("northeast", 45.0),
          Map.entry("north-east", 45.0),
          Map.entry("east", 90.0),
          Map.entry("southeast", 135.0),
          Map.entry("south-east", 135.0),
          Map.entry("south", 180.0),
          Map.entry("southwest", 225.0),
          Map.entry("south-west", 225.0),
          Map.entry("west", 270.0),
          Map.entry("northwest", 315.0),
          Map.entry("north-west", 315.0),
          Map.entry("شمال", 0.0),
          Map.entry("شمالي", 0.0),
          Map.entry("شرق", 90.0),
          Map.entry("شرقي", 90.0),
          Map.entry("جنوب", 180.0),
          Map.entry("جنوبي", 180.0),
          Map.entry("غرب", 270.0),
          Map.entry("غربي", 270.0));

  /**
   * A place the paragraph names that lies in the direction {@code ps[i]} is given from ("south of
   * Baghdad"): a town, village, neighbourhood or site of the same country, 2 to {@link
   * #DIRECTION_KM} km from it, whose bearing is within {@link #DIRECTION_DEGREES} degrees of the
   * direction; the one nearest the trigger, else -1.
   */
  static int inDirection(List<ResolvedPlace> ps, int i, Span trigger, Span paragraph) {
    Optional<Cue> d = directionOf(ps.get(i).hit());
    if (d.isEmpty() || !BEARING.containsKey(d.get().word())) {
      return -1;
    }
    double want = BEARING.get(d.get().word());
    Place from = ps.get(i).place();
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int j = 0; j < ps.size(); j++) {
      Place p = ps.get(j).place();
      Span s = ps.get(j).hit().span();
      if (j == i
          || s.start() < paragraph.start()
          || s.end() > paragraph.end()
          || p.kind().admin()
          || p.kind() == PlaceKind.REGION
          || !p.countryCode().equals(from.countryCode())
          || directionOf(ps.get(j).hit()).isPresent()) {
        continue;
      }
      double km = p.distanceKm(from);
      if (km < 2 || km > DIRECTION_KM) {
        continue;
      }
      double dy = p.latitude() - from.latitude();
      double dx = (p.longitude() - from.longitude()) * Math.cos(Math.toRadians(from.latitude()));
      double bearing = (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
      double off = Math.abs(bearing - want);
      if (Math.min(off, 360 - off) > DIRECTION_DEGREES) {
        continue;
      }
      double dt = distance(s, trigger);
      if (dt < bestD) {
        bestD = dt;
        best = j;
      }
    }
    return best;
  }

  /** Like {@link #referent}, for a name the gazetteer lacks («قرية إمام غربي جنوب الموصل»). */
  private static int referentUnknown(List<UnknownPlace> us, ResolvedPlace rp, Span range) {
    Optional<Cue> d = directionOf(rp.hit());
    if (d.isEmpty()) {
      return -1;
    }
    int at = d.get().span().start();
    int best = -1;
    for (int k = 0; k < us.size(); k++) {
      Span s = us.get(k).span();
      if (s.end() <= at && s.start() >= range.start() && at - s.end() <= REFERENT_CHARS) {
        best = k;
      }
    }
    return best;
  }

  private static EventPlace rerule(EventPlace e, String suffix) {
    return new EventPlace(e.location(), e.place(), e.town(), e.mentions(), e.rule() + suffix);
  }

  /** The index of the document's main place in {@code ps} (see {@link #locate}), -1 when none. */
  static int mainPlace(List<ResolvedPlace> ps) {
    Map<String, Integer> count = new HashMap<>();
    for (ResolvedPlace rp : ps) {
      count.merge(rp.place().id(), 1, Integer::sum);
    }
    int best = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (best < 0 || better(ps.get(i), ps.get(best), count)) {
        best = i;
      }
    }
    return best;
  }

  private static boolean better(ResolvedPlace a, ResolvedPlace b, Map<String, Integer> count) {
    boolean aCountry = a.place().kind() == PlaceKind.COUNTRY;
    boolean bCountry = b.place().kind() == PlaceKind.COUNTRY;
    if (aCountry != bCountry) {
      return bCountry;
    }
    return count.get(a.place().id()) > count.get(b.place().id());
  }

  /** The location a resolved place stands for on its own (its cue decides the precision). */
  public EventPlace locationOf(ResolvedPlace rp, String rule) {
    PlaceHit h = rp.hit();
    Place p = rp.place();
    if (h.cued(Cue.Type.COUNTRYSIDE)) {
      Optional<Place> a1 = admin1Of(p);
      if (p.kind() == PlaceKind.ADMIN1) {
        return new EventPlace(location(p, 3), p, townOf(p), List.of(rp.mention()), rule);
      }
      if (a1.isPresent() && (p.kind().admin() || p.distanceKm(a1.get()) < 1.0)) {
        return new EventPlace(
            location(a1.get(), 3), a1.get(), Optional.of(p), List.of(rp.mention()), rule);
      }
      return new EventPlace(location(p, 2), p, townOf(p), List.of(rp.mention()), rule);
    }
    return new EventPlace(
        location(p, precisionOf(p, h.approximateCue())), p, townOf(p), List.of(rp.mention()), rule);
  }

  private static int precisionOf(Place p, Optional<Cue> approximate) {
    return switch (p.kind()) {
      case COUNTRY, ADMIN1, ADMIN2 -> 3;
      case ADMIN3, REGION -> 2;
      default -> approximate.isPresent() ? 2 : 1;
    };
  }

  private EventPlace combine(List<ResolvedPlace> ps, int i, String rule) {
    ResolvedPlace rp = ps.get(i);
    Place p = rp.place();
    if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.ADMIN2) {
      // «بلدة X في محافظة Y», "the town of Hit in Anbar Province": the most precise place
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < ps.size() && adjacent(ps.get(Math.min(i, j)), ps.get(Math.max(i, j)))) {
          Place in = ps.get(j).place();
          if (!in.kind().admin()
              && in.kind() != PlaceKind.REGION
              && (in.countryCode().equals(p.countryCode())
                      && !in.admin1().isEmpty()
                      && in.admin1().equals(p.admin1())
                  || p.kind() == PlaceKind.ADMIN1 && in.distanceKm(p) <= SAME_TOWN_KM)) {
            EventPlace e = locationOf(ps.get(j), rule + "+within");
            List<PlaceMention> ms = new ArrayList<>(e.mentions());
            ms.add(rp.mention());
            return new EventPlace(e.location(), e.place(), e.town(), ms, e.rule());
          }
        }
      }
    }
    if (p.kind().populated() && !rp.hit().cued(Cue.Type.COUNTRYSIDE)) {
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < ps.size() && adjacent(ps.get(Math.min(i, j)), ps.get(Math.max(i, j)))) {
          ResolvedPlace part = ps.get(j);
          if (partOf(part.place(), p)) {
            EventPlace e = locationOf(part, rule + "+town");
            return withTown(e, p, rp);
          }
        }
      }
    }
    if (p.kind().site() || p.kind() == PlaceKind.NEIGHBOURHOOD) {
      for (int j : new int[] {i + 1, i - 1}) {
        if (j >= 0 && j < ps.size() && adjacent(ps.get(Math.min(i, j)), ps.get(Math.max(i, j)))) {
          ResolvedPlace town = ps.get(j);
          if (town.place().kind().populated() && partOf(p, town.place())) {
            return withTown(locationOf(rp, rule + "+town"), town.place(), town);
          }
        }
      }
    }
    return locationOf(rp, rule);
  }

  private static EventPlace withTown(EventPlace e, Place town, ResolvedPlace townMention) {
    List<PlaceMention> ms = new ArrayList<>(e.mentions());
    ms.add(townMention.mention());
    return new EventPlace(e.location(), e.place(), Optional.of(town), ms, e.rule());
  }

  private static boolean adjacent(ResolvedPlace a, ResolvedPlace b) {
    return b.hit().span().start() - a.hit().span().end() <= ADJACENT_CHARS;
  }

  private static boolean partOf(Place part, Place town) {
    if (!(part.kind().site() || part.kind() == PlaceKind.NEIGHBOURHOOD)) {
      return false;
    }
    if (part.parentId().isPresent() && part.parentId().get().equals(town.id())) {
      return true;
    }
    return part.distanceKm(town) <= SAME_TOWN_KM;
  }

  private Optional<Place> townOf(Place p) {
    if (p.kind().populated()) {
      return Optional.of(p);
    }
    Optional<Place> parent = gazetteer.parent(p);
    return parent.filter(x -> x.kind().populated());
  }

  private Optional<Place> admin1Of(Place p) {
    if (p.kind() == PlaceKind.ADMIN1) {
      return Optional.of(p);
    }
    for (Place a : gazetteer.named(p.admin1())) {
      if (a.kind() == PlaceKind.ADMIN1 && a.countryCode().equals(p.countryCode())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The ACLED location of place {@code p} at {@code precision}. */
  public static Location location(Place p, int precision) {
    return new Location(
        p.name(),
        p.countryName(),
        p.iso3(),
        p.admin1(),
        p.admin2(),
        p.admin3(),
        Optional.of(p.latitude()),
        Optional.of(p.longitude()),
        precision);
  }

  /**
   * A place in {@code country} more precise than the country: the nearest in {@code paragraph},
   * else the one the document names most often (first named on ties); -1 when none.
   */
  static int moreSpecific(List<ResolvedPlace> ps, Span trigger, Span paragraph, String country) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      Place p = ps.get(i).place();
      if (p.kind() == PlaceKind.COUNTRY || !p.countryCode().equals(country)) {
        continue;
      }
      count.merge(p.id(), 1, Integer::sum);
      Span s = ps.get(i).hit().span();
      if (s.start() >= paragraph.start() && s.end() <= paragraph.end()) {
        double d = distance(s, trigger);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
    }
    if (best >= 0) {
      return townOfUnit(ps, best, trigger, paragraph, country);
    }
    for (int i = 0; i < ps.size(); i++) {
      Place p = ps.get(i).place();
      Integer n = count.get(p.id());
      if (n != null && (best < 0 || n > count.get(ps.get(best).place().id()))) {
        best = i;
      }
    }
    return best < 0 ? best : townOfUnit(ps, best, trigger, null, country);
  }

  /**
   * The most precise place reported: when {@code ps[unit]} is a province or district, the town or
   * site of that province nearest the trigger (in {@code range}, or anywhere when null), else
   * {@code unit}.
   */
  private static int townOfUnit(
      List<ResolvedPlace> ps, int unit, Span trigger, Span range, String country) {
    Place u = ps.get(unit).place();
    if (!u.kind().admin()) {
      return unit;
    }
    int town = unit;
    double townD = Double.MAX_VALUE;
    for (int i = 0; i < ps.size(); i++) {
      Place p = ps.get(i).place();
      Span s = ps.get(i).hit().span();
      if (!p.kind().admin()
          && p.countryCode().equals(country)
          && p.admin1().equals(u.admin1())
          && (range == null || s.start() >= range.start() && s.end() <= range.end())
          && distance(s, trigger) < townD) {
        townD = distance(s, trigger);
        town = i;
      }
    }
    return town;
  }

  private static boolean placeIsCountry(List<ResolvedPlace> ps, int i) {
    return ps.get(i).place().kind() == PlaceKind.COUNTRY;
  }

  private static double distance(Span s, Span trigger) {
    if (s.start() >= trigger.end()) {
      return s.start() - trigger.end();
    }
    if (s.end() <= trigger.start()) {
      return (trigger.start() - s.end()) * 1.5 + 1;
    }
    return 0;
  }

  private static int nearestUnknown(List<UnknownPlace> us, Span trigger, Span range) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int i = 0; i < us.size(); i++) {
      Span s = us.get(i).span();
      if (s.start() < range.start() || s.end() > range.end()) {
        continue;
      }
      double d = distance(s, trigger);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /**
   * An unknown place's location: named as written, with the admin units and coordinates of the
   * known place nearest it (the one right after it first: «قرية إمام غربي جنوب الموصل»), at
   * precision 2 (3 when that place is a province or country).
   */
  private Optional<EventPlace> unknownLocation(
      DocumentPlaces places, UnknownPlace u, Span sentence, Span paragraph, String rule) {
    List<ResolvedPlace> ps = places.places();
    int k = -1;
    for (Span range : new Span[] {sentence, paragraph}) {
      k = nearest(ps, u.span(), range, 0);
      if (k >= 0) {
        break;
      }
    }
    EventPlace context;
    List<PlaceMention> ms = new ArrayList<>();
    ms.add(u.mention());
    if (k >= 0) {
      context = locationOf(ps.get(k), rule);
      ms.add(ps.get(k).mention());
    } else if (places.dateline().isPresent()) {
      Place d = places.dateline().get();
      context = new EventPlace(location(d, 1), d, townOf(d), List.of(), rule);
      places
          .datelineSpan()
          .ifPresent(
              s -> ms.add(new PlaceMention(s, Optional.of(d.id()), Optional.empty(), "dateline")));
    } else {
      return Optional.empty();
    }
    Location c = context.location();
    boolean local = context.place().kind().populated() || context.place().kind().site();
    Location loc =
        new Location(
            u.name(),
            c.country(),
            c.iso3(),
            c.admin1(),
            local ? c.admin2() : "",
            local ? c.admin3() : "",
            c.latitude(),
            c.longitude(),
            Math.max(2, c.geoPrecision()));
    return Optional.of(new EventPlace(loc, context.place(), context.town(), ms, rule + "+unknown"));
  }

  private static int nearest(List<ResolvedPlace> ps, Span trigger, Span range) {
    return nearest(ps, trigger, range, CONTAINER_PENALTY);
  }

  /** Extra distance of a name in a container parenthesis: it says where the name before lies. */
  private static final int CONTAINER_PENALTY = 300;

  private static int nearest(
      List<ResolvedPlace> ps, Span trigger, Span range, int containerPenalty) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int i = 0; i < ps.size(); i++) {
      Span s = ps.get(i).hit().span();
      if (s.start() < range.start() || s.end() > range.end()) {
        continue;
      }
      double d;
      if (s.start() >= trigger.end()) {
        d = s.start() - trigger.end();
      } else if (s.end() <= trigger.start()) {
        d = (trigger.start() - s.end()) * 1.5 + 1;
      } else {
        d = 0;
      }
      if (ps.get(i).place().kind() == PlaceKind.COUNTRY) {
        d += 200;
      }
      if (ps.get(i).hit().cued(Cue.Type.CONTAINER)) {
        d += containerPenalty;
      }
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }
}
