package org.hadath.model;

import java.util.Objects;

/**
 * An actor as it appears on an event: resolved from a dictionary entry, or a generic actor («مسلحون
 * مجهولون» → "Unidentified Armed Group (Syria)").
 *
 * @param id the dictionary id
 * @param name the ACLED-style English name, e.g. "Military Forces of Syria (2000-2024)"
 * @param nameAr the Arabic name
 * @param inter the ACLED inter code, 1 (state forces) … 8 (external/other forces)
 * @param country the actor's country, "" for international actors
 */
public record Actor(String id, String name, String nameAr, int inter, String country) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAr, "nameAr");
    Objects.requireNonNull(country, "country");
    if (inter < 0 || inter > 8) {
      throw new IllegalArgumentException(
          "ACLED inter code must be 0..8, got " + inter + " for " + id);
    }
  }
}
