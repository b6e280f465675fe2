package org.hadath.dict;

/** Script checks for curated dictionary fields. */
public final class ArabicScript {
  private ArabicScript() {}

  /** Whether {@code s} has at least one letter of the Arabic script. */
  public static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
