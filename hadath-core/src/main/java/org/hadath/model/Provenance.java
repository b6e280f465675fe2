package org.hadath.model;

import java.util.Map;
import java.util.Objects;

/**
 * What produced an output: the hadath version and the version of every dictionary and model used.
 * It goes on every output line so that a record can be traced and reproduced.
 */
public record Provenance(String hadath, Map<String, String> dictionaries) {
  public Provenance {
    Objects.requireNonNull(hadath, "hadath");
    dictionaries = Map.copyOf(dictionaries);
  }
}
