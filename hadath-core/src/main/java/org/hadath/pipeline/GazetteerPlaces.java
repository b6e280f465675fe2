package org.hadath.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hadath.extract.PlaceLocator;
import org.hadath.extract.Placement;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.resolve.place.DocumentPlaces;
import org.hadath.resolve.place.EventPlace;
import org.hadath.resolve.place.Gazetteer;
import org.hadath.resolve.place.Geocoder;
import org.hadath.resolve.place.Place;
import org.hadath.text.Token;

/**
 * The {@link Geocoder} as extraction's {@link PlaceLocator}.
 *
 * <p>One place lies within another when it is the same place, when the other is among its parents
 * (al-Mishlab in Ar Raqqah), when the other is an admin unit (country, admin1–3) that holds it, or
 * when both are populated places less than {@value #SAME_TOWN_KM} km apart (a town's outskirts and
 * the town).
 */
public final class GazetteerPlaces implements PlaceLocator {
  private static final double SAME_TOWN_KM = 5.0;

  private final Geocoder geocoder;
  private final String version;

  public GazetteerPlaces(Geocoder geocoder) {
    this.geocoder = geocoder;
    Map<String, String> v = new TreeMap<>(geocoder.gazetteer().versions());
    this.version = String.join("+", v.values());
  }

  /** Over the shipped gazetteer, loaded once. */
  public static GazetteerPlaces standard() {
    return new GazetteerPlaces(Geocoder.defaultGeocoder());
  }

  @Override
  public Places places(
      Document doc, List<Token> tokens, List<Span> exclude, Set<String> actorCountries) {
    DocumentPlaces found = geocoder.places(doc, tokens, exclude, actorCountries);
    return (trigger, sentence, paragraph) ->
        geocoder.locate(found, trigger, sentence, paragraph).map(GazetteerPlaces::placement);
  }

  private static Placement placement(EventPlace p) {
    return new Placement(p.location(), Optional.of(p.place().id()), p.mentions(), p.rule());
  }

  @Override
  public boolean within(Placement inner, Placement outer) {
    Gazetteer g = geocoder.gazetteer();
    Optional<Place> i = inner.placeId().flatMap(g::place);
    Optional<Place> o = outer.placeId().flatMap(g::place);
    if (i.isEmpty() || o.isEmpty()) {
      return false;
    }
    Place in = i.get();
    Place out = o.get();
    for (Optional<Place> p = Optional.of(in); p.isPresent(); p = g.parent(p.get())) {
      if (p.get().id().equals(out.id())) {
        return true;
      }
    }
    if (!in.countryCode().equals(out.countryCode())) {
      return false;
    }
    switch (out.kind()) {
      case COUNTRY:
        return true;
      case ADMIN1:
        return in.admin1().equals(out.admin1());
      case ADMIN2:
        return in.admin1().equals(out.admin1()) && in.admin2().equals(out.admin2());
      case ADMIN3:
        return in.admin2().equals(out.admin2()) && in.admin3().equals(out.admin3());
      default:
        return !in.kind().admin() && in.distanceKm(out) < SAME_TOWN_KM;
    }
  }

  @Override
  public String version() {
    return version;
  }
}
