package org.hadath.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news outlet from {@code org/hadath/dict/outlets.tsv}.
 *
 * @param name canonical English name, as written to outputs
 * @param country ISO 3166-1 alpha-3 code of its home country
 * @param scope local, national or international
 * @param partisan the side of the conflict it is owned by or openly aligned with, if any
 * @param variants the other names it is known by, as written in the dictionary (without {@code ~})
 */
public record Outlet(
    String name, String country, Scope scope, Optional<String> partisan, List<String> variants) {

  public Outlet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(partisan, "partisan");
    variants = List.copyOf(variants);
  }

  /** How far an outlet reaches. */
  public enum Scope {
    LOCAL,
    NATIONAL,
    INTERNATIONAL
  }
}
