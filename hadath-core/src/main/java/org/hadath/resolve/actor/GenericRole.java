package org.hadath.resolve.actor;

import java.util.Locale;
import java.util.Optional;

/**
 * A generic actor that exists once per country and whose ACLED name carries the country: "Civilians
 * (Syria)", "Unidentified Armed Group (Iraq)", "Police Forces of Yemen (2012-)". Written in the
 * {@code generic} column of actors.tsv ({@code unidentified-armed-group}).
 */
public enum GenericRole {
  /** "Civilians (X)". */
  CIVILIANS,
  /** "Unidentified Armed Group (X)". */
  UNIDENTIFIED_ARMED_GROUP,
  /** "Protesters (X)". */
  PROTESTERS,
  /** "Rioters (X)". */
  RIOTERS,
  /** "Police Forces of X (years)". */
  POLICE,
  /** "Military Forces of X (years)". */
  MILITARY;

  /** The column value: {@code UNIDENTIFIED_ARMED_GROUP} → {@code "unidentified-armed-group"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The role written as {@code code}, if there is one. */
  public static Optional<GenericRole> fromCode(String code) {
    for (GenericRole r : values()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether ACLED names this role the same way in every country, so that a name can be made for a
   * country without a row: "Civilians (X)", "Unidentified Armed Group (X)", "Protesters (X)",
   * "Rioters (X)". Police and military names carry a government period and cannot be made up.
   */
  public boolean nameable() {
    return this != POLICE && this != MILITARY;
  }
}
