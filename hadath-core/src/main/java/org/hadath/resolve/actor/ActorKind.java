package org.hadath.resolve.actor;

import java.util.Locale;
import java.util.Optional;

/**
 * What sort of actor an entry is. It refines the ACLED inter code and is written in the {@code
 * kind} column of actors.tsv in lower case with hyphens ({@code identity-militia}).
 */
public enum ActorKind {
  /** A state's military, police, intelligence or government (inter 1 at home). */
  STATE,
  /** A rebel group: seeks to overthrow or break away from a state (inter 2). */
  REBEL,
  /** A political militia: armed, organised, pursues political ends without aiming at the state. */
  MILITIA,
  /** An identity militia: ethnic, clan, tribal, communal, religious (inter 4). */
  IDENTITY_MILITIA,
  /** Rioters (inter 5). */
  RIOTERS,
  /** Protesters (inter 6). */
  PROTESTERS,
  /** Civilians (inter 7). */
  CIVILIANS,
  /** International forces, coalitions, missions, private security, mercenaries (inter 8). */
  EXTERNAL,
  /** An armed group that the text does not identify (inter 3 in ACLED). */
  UNIDENTIFIED;

  /** The column value: {@code IDENTITY_MILITIA} → {@code "identity-militia"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind written as {@code code}, if there is one. */
  public static Optional<ActorKind> fromCode(String code) {
    for (ActorKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
