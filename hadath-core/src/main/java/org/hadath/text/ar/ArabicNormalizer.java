package org.hadath.text.ar;

import java.text.Normalizer;
import java.util.Arrays;
import org.hadath.model.MappedText;

/**
 * Normalises Arabic (and mixed) text for matching. The result is never shown to users; spans always
 * point into the original text, through the offset map of {@link #normalizeWithOffsets}.
 *
 * <p>Rules, applied to each {@code char} independently (so the result is the same whether a text is
 * normalised whole or token by token):
 *
 * <ul>
 *   <li>Alef forms أ إ آ ٱ (and wavy-hamza ٲ ٳ) → ا.
 *   <li>Alef maksura ى → ي; Farsi yeh ی → ي; keheh ک → ك (Persian keyboards).
 *   <li>Hamza carriers: ؤ → و and ئ → ي, because news text spells the same word both ways
 *       (مسؤول/مسئول, طائرة/طايرة). Hamza on the line ء stays.
 *   <li>Teh marbuta ة → ه (matching only: مدينة and مدينه become the same key).
 *   <li>Tatweel ـ is removed.
 *   <li>Harakat and other Arabic combining marks U+064B–U+065F, U+0670 are removed.
 *   <li>Quranic annotation marks U+06D6–U+06ED are removed.
 *   <li>Invisible format and bidi controls are removed: U+200B–U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM),
 *       U+202A–U+202E, U+2066–U+2069, U+FEFF, U+061C (Arabic letter mark) and U+00AD (soft hyphen).
 *   <li>Arabic presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE are replaced by their NFKC form,
 *       then these rules are applied to the result (ﻻ → لا, ﷲ → الله); isolated harakat forms
 *       U+FE70–U+FE7F disappear completely.
 *   <li>Digits: Arabic-Indic ٠–٩ and Persian ۰–۹ → ASCII 0–9; Arabic decimal separator ٫ → '.';
 *       Arabic thousands separator ٬ → ','. The Arabic comma ، stays.
 *   <li>Letters are lower-cased with {@link Character#toLowerCase(char)} (locale independent, the
 *       same as {@code Locale.ROOT} for Latin). Supplementary characters are copied unchanged, so
 *       surrogate pairs are never split.
 *   <li>Every other character is copied unchanged.
 * </ul>
 */
public final class ArabicNormalizer {

  private static final byte COPY = 0;
  private static final byte DROP = 1;
  private static final byte EXPAND = 2;

  /** Mapped char for every BMP char whose action is {@link #COPY}. */
  private static final char[] MAP = new char[0x10000];

  /** What to do with every BMP char. */
  private static final byte[] ACTION = new byte[0x10000];

  private static final int PRESENTATION_A_START = 0xFB50;
  private static final int PRESENTATION_A_END = 0xFDFF;
  private static final int PRESENTATION_B_START = 0xFE70;
  private static final int PRESENTATION_B_END = 0xFEFE;

  /** Expansions of presentation forms that normalise to more than one char, by code point. */
  private static final String[] EXPANSION = new String[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      MAP[c] = Character.isSurrogate(ch) ? ch : Character.toLowerCase(ch);
    }
    map('\u0623', '\u0627');
    map('\u0625', '\u0627');
    map('\u0622', '\u0627');
    map('\u0671', '\u0627');
    map('\u0672', '\u0627');
    map('\u0673', '\u0627');
    map('\u0649', '\u064A');
    map('\u06CC', '\u064A');
    map('\u06A9', '\u0643');
    map('\u0624', '\u0648');
    map('\u0626', '\u064A');
    map('\u0629', '\u0647');
    drop(0x0640, 0x0640);
    drop(0x064B, 0x065F);
    drop(0x0670, 0x0670);
    drop(0x06D6, 0x06ED);
    drop(0x200B, 0x200F);
    drop(0x202A, 0x202E);
    drop(0x2066, 0x2069);
    drop(0xFEFF, 0xFEFF);
    drop(0x061C, 0x061C);
    drop(0x00AD, 0x00AD);
    for (int d = 0; d < 10; d++) {
      map((char) (0x0660 + d), (char) ('0' + d));
      map((char) (0x06F0 + d), (char) ('0' + d));
    }
    map('\u066B', '.');
    map('\u066C', ',');
    // Presentation forms last: their NFKC result goes through the rules above.
    for (int c = PRESENTATION_A_START; c <= PRESENTATION_A_END; c++) {
      presentationForm(c);
    }
    for (int c = PRESENTATION_B_START; c <= PRESENTATION_B_END; c++) {
      presentationForm(c);
    }
  }

  private static void map(char from, char to) {
    MAP[from] = to;
    ACTION[from] = COPY;
  }

  private static void drop(int from, int to) {
    for (int c = from; c <= to; c++) {
      ACTION[c] = DROP;
    }
  }

  private static void presentationForm(int c) {
    String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
    boolean isolatedMark = c >= 0xFE70 && c <= 0xFE7F;
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char ch = nfkc.charAt(i);
      if (isolatedMark && ch == ' ') {
        continue;
      }
      if (ch >= PRESENTATION_A_START && (ch <= PRESENTATION_A_END || ch >= PRESENTATION_B_START)) {
        // NFKC left a presentation-area char unchanged (e.g. ornate parentheses): keep it as is.
        if (ACTION[ch] != DROP) {
          out.append(ch);
        }
        continue;
      }
      switch (ACTION[ch]) {
        case COPY -> out.append(MAP[ch]);
        case DROP -> {}
        default -> out.append(EXPANSION[ch]);
      }
    }
    if (out.length() == 0) {
      ACTION[c] = DROP;
    } else if (out.length() == 1) {
      ACTION[c] = COPY;
      MAP[c] = out.charAt(0);
    } else {
      ACTION[c] = EXPAND;
      EXPANSION[c] = out.toString();
    }
  }

  private ArabicNormalizer() {}

  /** Whether {@code c} disappears under normalisation (marks, tatweel, invisible controls). */
  public static boolean isDropped(char c) {
    return ACTION[c] == DROP;
  }

  /**
   * The normalised form of one char, as a string: empty if the char is dropped, several chars for
   * ligatures.
   */
  public static String normalize(char c) {
    return switch (ACTION[c]) {
      case COPY -> String.valueOf(MAP[c]);
      case DROP -> "";
      default -> EXPANSION[c];
    };
  }

  /** Normalises a whole string, e.g. a dictionary entry. */
  public static String normalize(String text) {
    return normalize(text, 0, text.length());
  }

  /**
   * Normalises {@code text[start, end)}. Fast path for tokens: when nothing changes, the only
   * allocation is the returned substring.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code text}
   */
  public static String normalize(CharSequence text, int start, int end) {
    checkRange(text, start, end);
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (ACTION[c] != COPY || MAP[c] != c) {
        break;
      }
      i++;
    }
    if (i == end) {
      return text.subSequence(start, end).toString();
    }
    // a char array, not a StringBuilder: Arabic text would make the builder inflate from Latin-1
    char[] out = new char[end - start];
    int n = 0;
    for (int k = start; k < i; k++) {
      out[n++] = text.charAt(k);
    }
    for (; i < end; i++) {
      char c = text.charAt(i);
      switch (ACTION[c]) {
        case COPY -> out[n++] = MAP[c];
        case DROP -> {}
        default -> {
          String expansion = EXPANSION[c];
          int needed = n + expansion.length() + (end - i - 1);
          if (needed > out.length) {
            out = Arrays.copyOf(out, needed);
          }
          expansion.getChars(0, expansion.length(), out, n);
          n += expansion.length();
        }
      }
    }
    return new String(out, 0, n);
  }

  /**
   * Normalises {@code text[start, end)} and maps every char of the result back to the original:
   * {@code toOriginal[i]} is the index in {@code text} of the char that produced result char {@code
   * i} (all chars of a ligature's expansion map to the ligature), and the last entry is {@code
   * end}.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code text}
   */
  public static MappedText normalizeWithOffsets(CharSequence text, int start, int end) {
    checkRange(text, start, end);
    StringBuilder out = new StringBuilder(end - start);
    int[] map = new int[end - start + 1];
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (ACTION[c]) {
        case COPY -> {
          out.append(MAP[c]);
          map[n++] = i;
        }
        case DROP -> {}
        default -> {
          String expansion = EXPANSION[c];
          out.append(expansion);
          // Room for the expansion, the rest of the range (at most one char each) and the end.
          int needed = n + expansion.length() + (end - i - 1) + 1;
          if (needed > map.length) {
            map = Arrays.copyOf(map, needed);
          }
          for (int k = 0; k < expansion.length(); k++) {
            map[n++] = i;
          }
        }
      }
    }
    if (n + 1 != map.length) {
      map = Arrays.copyOf(map, n + 1);
    }
    map[n] = end;
    return new MappedText(out.toString(), map);
  }

  /** Normalises a whole string with its offset map. */
  public static MappedText normalizeWithOffsets(String text) {
    return normalizeWithOffsets(text, 0, text.length());
  }

  private static void checkRange(CharSequence text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside the text of length " + text.length());
    }
  }
}
