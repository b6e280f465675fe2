package org.hadath.text.ar;

import java.util.Set;

/**
 * Light suffix stemmer for normalised, clitic-stripped Arabic keys, so that singular, dual, plural
 * and feminine forms of a noun meet: غاره/غارات → غار, اشتباك/اشتباكات → اشتباك, مدني/مدنيين/مدنيون
 * → مدني, قتيل/قتيلان/قتيلين → قتيل, طايره/طايرات → طاير.
 *
 * <p>Rules of {@link #stem}: first an attached pronoun, then at most one ending (the first rule
 * that applies wins). {@link #nounStem} applies the noun endings alone.
 *
 * <ul>
 *   <li>Attached object or possessive pronoun هما / ها / هم is removed when at least 3 letters
 *       remain (اغتصابها → اغتصاب, خطفهما → خطف). A ت it leaves at the end is a teh marbuta written
 *       open before the suffix, or the feminine ending of a verb, and is read as ه (سيطرتها → سيطره
 *       → سيطر, خطفتهم → خطفه → خطف); after ا it is the plural ات (اعتداءاتها → اعتداءات → اعتداء);
 *       a و it leaves is the verb ending وا, whose ا is dropped before a pronoun (خطفوهم → خطف).
 *       The pronoun ه cannot be told from a teh marbuta and is removed as one.
 *   <li>Verb ending وا (they, past) is removed when at least 3 letters remain (خطفوا → خطف, قصفوا →
 *       قصف).
 *   <li>A final ا, the accusative of an indefinite noun (صاروخاً → صاروخ, هجوماً → هجوم, احتجاجاً →
 *       احتجاج) or the dual of a verb (قصفا), is removed when at least 3 letters remain.
 *   <li>A final و after at least 4 letters is the masculine plural ون in a construct, which drops
 *       its ن (متظاهرو الحزب → متظاهر, مقاتلو المعارضة → مقاتل); shorter words keep it (نحو, يدعو).
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
 *   <li>Anything else is returned unchanged. Broken plurals (قتلى) are not handled: that would need
 *       a lexicon. Nor are the pronouns ي, نا, كم, whose letters end too many words.
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
  private static final char MEEM = '\u0645';

  /** Normalised words left unchanged (see the rules); each ends in noon. */
  private static final Set<String> KEEP =
      Set.of(
          "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون", "عشرين",
          "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مليون", "ملايين",
          "كانون", "تشرين", "حزيران", "نيسان");

  private LightStemmer() {}

  /** The stem of one key: an attached pronoun, then one verb, accusative or noun ending removed. */
  public static String stem(String key) {
    int len = key.length();
    // every KEEP word ends in noon: checking the char first spares most keys the set look-up
    if (len >= MIN_STEM + 2 && key.charAt(len - 1) == NOON && KEEP.contains(key)) {
      return key;
    }
    String k = withoutPronoun(key);
    len = k.length();
    if (len >= MIN_STEM + 2 && k.charAt(len - 1) == ALEF && k.charAt(len - 2) == WAW) {
      return k.substring(0, len - 2);
    }
    if (len >= MIN_STEM + 1 && k.charAt(len - 1) == ALEF) {
      return k.substring(0, len - 1);
    }
    if (len >= MIN_STEM + 2 && k.charAt(len - 1) == WAW) {
      return k.substring(0, len - 1);
    }
    return nounStem(k);
  }

  /**
   * {@code key} without an attached pronoun هما / ها / هم (at least 3 letters left), a final ت then
   * read as ه unless it follows ا; else {@code key} itself.
   */
  private static String withoutPronoun(String key) {
    int len = key.length();
    int cut = 0;
    if (len >= MIN_STEM + 3 && key.endsWith("\u0647\u0645\u0627")) {
      cut = 3;
    } else if (len >= MIN_STEM + 2
        && key.charAt(len - 2) == HEH
        && (key.charAt(len - 1) == ALEF || key.charAt(len - 1) == MEEM)) {
      cut = 2;
    }
    if (cut == 0) {
      return key;
    }
    String k = key.substring(0, len - cut);
    int n = k.length();
    if (k.charAt(n - 1) == TEH && k.charAt(n - 2) != ALEF) {
      return k.substring(0, n - 1) + HEH;
    }
    if (k.charAt(n - 1) == WAW && n - 1 >= MIN_STEM) {
      return k.substring(0, n - 1); // خطفوهم: the verb's وا drops its ا before a pronoun
    }
    return k;
  }

  /**
   * The stem of one key by the noun endings alone (dual, plural, teh marbuta): {@link #stem}
   * without the pronoun, verb and accusative rules. The named-entity tagger's features use it, as
   * they did when its model was trained.
   */
  public static String nounStem(String key) {
    int len = key.length();
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
