package org.hadath.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Languages hadath tells apart. Only {@link #AR} and {@link #EN} are extracted; the others are
 * recognised so that Arabic-script text that is not Arabic is never read as Arabic.
 */
public enum Language {
  AR("ar"),
  EN("en"),
  /** Persian. */
  FA("fa"),
  /** Urdu. */
  UR("ur"),
  /** Kurdish (Central, Sorani). */
  CKB("ckb"),
  /** Anything else, or too little text to tell. */
  UNKNOWN("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639 code written in outputs: {@code "ar"}, {@code "en"}, … */
  public String code() {
    return code;
  }

  /** Whether hadath extracts events from text in this language. */
  public boolean extracted() {
    return this == AR || this == EN;
  }

  /** The language with this ISO 639 code, if hadath knows it. */
  public static Optional<Language> fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
