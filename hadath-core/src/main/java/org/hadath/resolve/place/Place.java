package org.hadath.resolve.place;

import java.util.Objects;
import java.util.Optional;

/**
 * One gazetteer entry with its full ACLED admin hierarchy.
 *
 * @param id stable id: {@code gn:<geonameid>} (GeoNames), {@code os:<id>} (Open-Syria unit), {@code
 *     a1:<ISO2>.<code>} (admin1), {@code cc:<ISO2>} (country), or the supplement's own id
 * @param name English name, ACLED/GeoNames spelling ("Ar Raqqah", "al-Mishlab")
 * @param nameAr Arabic name, "" when the sources have none
 * @param kind what it is
 * @param countryCode ISO 3166-1 alpha-2
 * @param countryName country as ACLED names it ("Syria", "Palestine")
 * @param iso3 ISO 3166-1 alpha-3
 * @param admin1 first-level unit (ACLED spelling), "" when unknown
 * @param admin2 second-level unit, "" when unknown
 * @param admin3 third-level unit, "" when unknown
 * @param latitude WGS84
 * @param longitude WGS84
 * @param population as the source gives it, 0 when unknown
 * @param parentId the place this one lies in (a neighbourhood's city), if known
 */
public record Place(
    String id,
    String name,
    String nameAr,
    PlaceKind kind,
    String countryCode,
    String countryName,
    String iso3,
    String admin1,
    String admin2,
    String admin3,
    double latitude,
    double longitude,
    long population,
    Optional<String> parentId) {

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAr, "nameAr");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(admin2, "admin2");
    Objects.requireNonNull(admin3, "admin3");
    Objects.requireNonNull(parentId, "parentId");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "place " + id + " has coordinates out of range: " + latitude + ", " + longitude);
    }
  }

  /** Great-circle distance to {@code other} in kilometres. */
  public double distanceKm(Place other) {
    return distanceKm(latitude, longitude, other.latitude, other.longitude);
  }

  /** Great-circle distance between two WGS84 points in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
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
}
