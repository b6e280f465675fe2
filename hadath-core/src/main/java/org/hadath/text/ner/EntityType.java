package org.hadath.text.ner;

/** The coarse entity types the tagger proposes. */
public enum EntityType {
  /** A person. */
  PER,
  /** An organisation: armed groups, parties, governments, media, companies. */
  ORG,
  /** A place: countries, regions, towns, villages, neighbourhoods, facilities, rivers. */
  LOC;

  /** Label index of B-type (0 is O). */
  int begin() {
    return 1 + 2 * ordinal();
  }

  /** Label index of I-type. */
  int inside() {
    return 2 + 2 * ordinal();
  }

  /** The type of label {@code label} (1..6), or {@code null} for O (0). */
  static EntityType ofLabel(int label) {
    return label == 0 ? null : values()[(label - 1) / 2];
  }

  /** Whether {@code label} is a B- label. */
  static boolean isBegin(int label) {
    return label != 0 && (label - 1) % 2 == 0;
  }
}
