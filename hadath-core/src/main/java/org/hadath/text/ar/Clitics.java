package org.hadath.text.ar;

import java.util.Arrays;

/**
 * Proclitic analysis of one normalised Arabic word: the candidate keys a dictionary may know it by.
 *
 * <p>Rules (input is already {@link ArabicNormalizer normalised}; a "stem" is what is left):
 *
 * <ul>
 *   <li>Article: a leading ال is removed when at least 2 letters remain (الرقه → رقه); every key is
 *       given without it. الله keeps its ال: it is a name, not article + noun (else حزب الله would
 *       meet حزب له); لله (= ل + الله) gets the key الله.
 *   <li>Key 0 is the whole word without ال: dictionary entries that really begin with ب, ل, و ...
 *       (بغداد, لبنان, وادي) still match literally.
 *   <li>Conjunction: a leading و or ف may be stripped.
 *   <li>Preposition: a leading ب, ل or ك may be stripped, alone or after the conjunction (وب, فل,
 *       وك ...).
 *   <li>ل + article is written لل (للنظام = ل + النظام): after a possible conjunction, a leading لل
 *       is stripped as a whole (للنظام → نظام, وللنظام → نظام). Because لل is also ل + a stem
 *       beginning with ل (للبنان = ل + لبنان), the plain-ل reading is offered as well.
 *   <li>Every stripping must leave a stem of at least 2 letters, before and after removing ال.
 *   <li>Keys are ordered from the least to the most stripped (conjunction, then preposition, then
 *       ال/لل) and deduplicated.
 * </ul>
 *
 * <p>So «بمدينه» → [بمدينه, مدينه], «والمعارضه» → [والمعارضه, معارضه], «بغداد» → [بغداد, غداد].
 */
public final class Clitics {

  /** Shortest stem a stripping may leave, in chars. */
  public static final int MIN_STEM = 2;

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char HEH = '\u0647';

  private Clitics() {}

  /** {@code word} without a leading ال, if at least {@link #MIN_STEM} letters remain. */
  public static String stripArticle(String word) {
    return hasArticle(word, 0) ? word.substring(2) : word;
  }

  private static final String ALLAH = "\u0627\u0644\u0644\u0647";

  private static boolean hasArticle(String word, int at) {
    return word.length() - at - 2 >= MIN_STEM
        && word.charAt(at) == ALEF
        && word.charAt(at + 1) == LAM
        && !(word.length() - at == ALLAH.length() && word.startsWith(ALLAH, at));
  }

  /**
   * The match keys of a normalised word, most literal first; never empty. Key 0 is the word without
   * ال.
   */
  public static String[] keys(String word) {
    String[] out = new String[6];
    int n = 0;
    out[n++] = stripArticle(word);
    int len = word.length();
    // Positions after an optional conjunction.
    int conjEnd = (len > 0 && (word.charAt(0) == WAW || word.charAt(0) == FEH)) ? 1 : 0;
    for (int c = 0; c <= conjEnd; c++) {
      if (c == 1) {
        n = add(out, n, word, 1);
      }
      if (c < len) {
        char p = word.charAt(c);
        if (p == BEH || p == LAM || p == KAF) {
          n = add(out, n, word, c + 1);
          // لل = ل + ال
          if (p == LAM && c + 1 < len && word.charAt(c + 1) == LAM) {
            if (len == c + 3 && word.charAt(c + 2) == HEH) {
              n = addKey(out, n, ALLAH);
            } else {
              n = addBare(out, n, word, c + 2);
            }
          }
        }
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Adds {@code word[from:]} without ال, if it is a legal stem and not yet there. */
  private static int add(String[] out, int n, String word, int from) {
    if (word.length() - from < MIN_STEM) {
      return n;
    }
    int start = hasArticle(word, from) ? from + 2 : from;
    return addBare(out, n, word, start);
  }

  private static int addKey(String[] out, int n, String key) {
    for (int i = 0; i < n; i++) {
      if (out[i].equals(key)) {
        return n;
      }
    }
    out[n] = key;
    return n + 1;
  }

  private static int addBare(String[] out, int n, String word, int from) {
    if (word.length() - from < MIN_STEM) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      String k = out[i];
      if (k.length() == word.length() - from && word.startsWith(k, from)) {
        return n;
      }
    }
    out[n] = word.substring(from);
    return n + 1;
  }
}
