package org.hadath.text.en;

/**
 * Match keys of one lower-cased Latin word.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A possessive 's or ’s is removed when something remains (assad's → assad).
 *   <li>A plural possessive s' or s’ loses its apostrophe (rebels' → rebels).
 *   <li>Otherwise the key is the word itself.
 * </ul>
 */
public final class EnglishKeys {

  private EnglishKeys() {}

  /** The single match key of {@code word}. */
  public static String key(String word) {
    int len = word.length();
    if (len > 2 && word.charAt(len - 1) == 's' && isApostrophe(word.charAt(len - 2))) {
      return word.substring(0, len - 2);
    }
    if (len > 2 && isApostrophe(word.charAt(len - 1)) && word.charAt(len - 2) == 's') {
      return word.substring(0, len - 1);
    }
    return word;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
