package org.hadath.text.en;

/**
 * A small suffix stemmer for lower-cased English keys, so that trigger words meet their inflected
 * forms: clashes → clash, killed → kill, strikes → strike, militias → militia, shelling → shell.
 *
 * <p>Rules (the first that applies wins; a stem keeps at least 3 letters and a vowel):
 *
 * <ul>
 *   <li>Plural ies → y when the word is longer than 4 letters (casualties → casualty); a 4-letter
 *       ies word loses its s (dies → die).
 *   <li>Plural es after s, x, z, ch, sh is removed (clashes → clash, boxes → box).
 *   <li>Plural s is removed, except after s, u or i (strikes → strike, militias → militia; status,
 *       isis, class stay); a plural gerund loses ings as a gerund loses ing (bombings → bomb).
 *   <li>Past ied → y when the word is longer than 4 letters (carried → carry), else → ie (died →
 *       die).
 *   <li>Past ed and gerund ing are removed (killed → kill, attacked → attack, bombing → bomb); then
 *       a doubled final consonant other than l, s, z is undoubled (hitting → hit, shelling →
 *       shell), and a short consonant-vowel-consonant stem gets its e back (striking → strike,
 *       fired → fire).
 *   <li>Anything else is returned unchanged.
 * </ul>
 */
public final class EnglishStemmer {

  /** Shortest stem a rule may leave, in chars. */
  public static final int MIN_STEM = 3;

  private EnglishStemmer() {}

  /** The stem of one lower-cased key. */
  public static String stem(String w) {
    int len = w.length();
    if (len < MIN_STEM + 1) {
      return w;
    }
    if (w.endsWith("ies")) {
      return len > 4 ? w.substring(0, len - 3) + "y" : w.substring(0, len - 1);
    }
    if (w.endsWith("es") && len - 2 >= MIN_STEM) {
      char c = w.charAt(len - 3);
      if (c == 's' || c == 'x' || c == 'z' || (c == 'h' && isSorC(w.charAt(len - 4)))) {
        return w.substring(0, len - 2);
      }
    }
    if (w.charAt(len - 1) == 's') {
      char c = w.charAt(len - 2);
      if (c == 's' || c == 'u' || c == 'i' || c == '\'') {
        return w;
      }
      // a plural gerund is the gerund's stem: bombings → bomb, like bombing
      String g = w.endsWith("ings") ? verbStem(w, len - 4) : w;
      return g.equals(w) ? w.substring(0, len - 1) : g;
    }
    if (w.endsWith("ied")) {
      return len > 4 ? w.substring(0, len - 3) + "y" : w.substring(0, len - 1);
    }
    if (w.endsWith("ed")) {
      return verbStem(w, len - 2);
    }
    if (w.endsWith("ing")) {
      return verbStem(w, len - 3);
    }
    return w;
  }

  private static boolean isSorC(char c) {
    return c == 's' || c == 'c';
  }

  private static String verbStem(String w, int end) {
    if (end < MIN_STEM || !hasVowel(w, end)) {
      return w;
    }
    char last = w.charAt(end - 1);
    if (last == w.charAt(end - 2)
        && isConsonant(last)
        && last != 'l'
        && last != 's'
        && last != 'z') {
      return w.substring(0, end - 1);
    }
    if (isShortCvc(w, end)) {
      return w.substring(0, end) + "e";
    }
    return w.substring(0, end);
  }

  /** One vowel group, ending consonant-vowel-consonant with the last not w, x, y: str-i-k. */
  private static boolean isShortCvc(String w, int end) {
    char c3 = w.charAt(end - 1);
    if (!isConsonant(c3) || c3 == 'w' || c3 == 'x' || c3 == 'y') {
      return false;
    }
    if (!isVowel(w.charAt(end - 2)) || !isConsonant(w.charAt(end - 3))) {
      return false;
    }
    for (int i = 0; i < end - 2; i++) {
      if (isVowel(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(w.charAt(i)) || w.charAt(i) == 'y') {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c);
  }
}
