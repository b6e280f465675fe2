package org.hadath.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened, with ACLED's admin hierarchy and precision.
 *
 * @param name the most precise place named ("Raqqa - al-Mishlab" style naming is left to writers;
 *     this is the place's own name)
 * @param country country name as in GeoNames/ACLED
 * @param iso3 ISO 3166-1 alpha-3
 * @param admin1 first-level unit, "" when unknown
 * @param admin2 second-level unit, "" when unknown
 * @param admin3 third-level unit, "" when unknown
 * @param latitude WGS84, empty when unknown
 * @param longitude WGS84, empty when unknown
 * @param geoPrecision ACLED geo precision: 1 the town (or a named part of it), 2 near a town or a
 *     small part of a region, 3 a large region
 */
public record Location(
    String name,
    String country,
    String iso3,
    String admin1,
    String admin2,
    String admin3,
    Optional<Double> latitude,
    Optional<Double> longitude,
    int geoPrecision) {
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(admin2, "admin2");
    Objects.requireNonNull(admin3, "admin3");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    if (geoPrecision < 1 || geoPrecision > 3) {
      throw new IllegalArgumentException("geo precision must be 1..3, got " + geoPrecision);
    }
  }
}
