package org.hadath.text.ar;

import java.util.Set;

/**
 * Light suffix stemmer for normalised, clitic-stripped Arabic keys, so that singular, dual, plural
 * and feminine forms of a noun meet: غاره/غارات → غار, اشتباك/اشتباكات → اشتباك, مدني/مدنيين/مدنيون
 * → مدني, قتيل/قتيلان/قتيلين → قتيل, طايره/طايرات → طاير.
 *
 * <p>Rules (at most one suffix is removed; the first rule that applies wins):
 *
 * <ul>
 *   <li>Feminine dual تان / تين is removed when at least 3 letters remain (مدينتين → مدين, like
 *       مدينه → مدين).
 *   <li>Feminine plural ات is removed when at least 3 letters remain (غارات → غار; قوات stays).
 *   <li>Masculine plural ون / ين (also the oblique dual) is removed when at least 3 letters remain
 *       (مدنيون → مدني, عنصرين → عنصر, قتيلين → قتيل; حسين stays).
 *   <li>Nominative dual ان is removed only when at least 4 letters remain, because many singular
 *       nouns end in ان (قتيلان → قتيل; اعلان, لبنان, ايران, طيران stay).
 *   <li>Teh marbuta (already folded to ه) is removed when at least 3 letters remain (غاره → غار,
 *       مدنيه → مدني; قوه stays).
 *   <li>Words whose ين / ون / ان ending belongs to the word and whose stem would meet another
 *       common word are left unchanged: the tens عشرون … تسعون, عشرين … تسعين (which would meet the
 *       units), مليون, ملايين, and the month names كانون, تشرين, حزيران, نيسان (كانون would meet
 *       كان).
 *   <li>Anything else is returned unchanged. Broken plurals (قتلى) and pronoun suffixes are not
 *       handled: that would need a lexicon.
 * </ul>
 *
 * <p>Deliberately less aggressive than Lucene's ArabicStemmer (which gives قوات → قو, الرقة → رق):
 * stems keep at least 3 letters, and prefixes are left to {@link Clitics}.
 */
public final class LightStemmer {

  /** Shortest stem a rule may leave, in chars. */
  public static final int MIN_STEM = 3;

  private static final char ALEF = '\u0627';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char HEH = '\u0647';

  /** Normalised words left unchanged (see the rules); each ends in noon. */
  private static final Set<String> KEEP =
      Set.of(
          "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون", "عشرين",
          "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مليون", "ملايين",
          "كانون", "تشرين", "حزيران", "نيسان");

  private LightStemmer() {}

  /** The stem of one key. */
  public static String stem(String key) {
    int len = key.length();
    // every KEEP word ends in noon: checking the char first spares most keys the set look-up
    if (len >= MIN_STEM + 2 && key.charAt(len - 1) == NOON && KEEP.contains(key)) {
      return key;
    }
    if (len >= MIN_STEM + 3 && key.charAt(len - 1) == NOON && key.charAt(len - 3) == TEH) {
      char mid = key.charAt(len - 2);
      if (mid == ALEF || mid == YEH) {
        return key.substring(0, len - 3);
      }
    }
    if (len >= MIN_STEM + 2) {
      char last = key.charAt(len - 1);
      char prev = key.charAt(len - 2);
      if (last == TEH && prev == ALEF) {
        return key.substring(0, len - 2);
      }
      if (last == NOON && (prev == WAW || prev == YEH)) {
        return key.substring(0, len - 2);
      }
      if (last == NOON && prev == ALEF && len >= MIN_STEM + 3) {
        return key.substring(0, len - 2);
      }
    }
    if (len >= MIN_STEM + 1 && key.charAt(len - 1) == HEH) {
      return key.substring(0, len - 1);
    }
    return key;
  }

  /** The stems of {@code keys}, index by index. */
  public static String[] stems(String[] keys) {
    String[] out = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = stem(keys[i]);
    }
    return out;
  }
}
