package org.hadath.text;

import java.util.ArrayList;
import java.util.List;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.ar.Clitics;
import org.hadath.text.ar.LightStemmer;
import org.hadath.text.en.EnglishKeys;
import org.hadath.text.en.EnglishStemmer;

/**
 * Splits text into {@link Token}s whose spans point into the original text.
 *
 * <p>Rules (the text is read by code point, so surrogate pairs are never split):
 *
 * <ul>
 *   <li>Whitespace and control characters separate tokens and belong to none. So does the low line
 *       _, which joins the words of hashtags and handles («#القوات_العراقية», #Deir_ez_Zor): they
 *       are read as the words they join.
 *   <li>A run of Arabic-script letters (including presentation forms) is one {@link
 *       Token.Kind#ARABIC} token; a run of Latin letters one {@link Token.Kind#LATIN} token; a run
 *       of letters of any other script one {@link Token.Kind#OTHER} token. A change of script, or
 *       between letters and digits, starts a new token (الـBBC → الـ, BBC; F16 → F, 16).
 *   <li>Inside a Latin word an apostrophe ' or ’ followed by a Latin letter is kept (Assad's).
 *   <li>A run of decimal digits of any script is one {@link Token.Kind#NUMBER} token; a separator ,
 *       . ٫ ٬ between two digits stays inside it (1,200; ٣٫٥).
 *   <li>Marks that the normaliser removes or that are combining (harakat, tatweel, Quranic marks,
 *       accents) stay inside the word or number they follow; with nothing to follow they are
 *       skipped.
 *   <li>Invisible format characters (ZWNJ, ZWJ, bidi controls, Arabic letter mark) stay inside a
 *       token only when the token goes on after them; otherwise they are skipped.
 *   <li>Every other character is a token by itself: punctuation (including ، ؛ ؟ « » quotes and
 *       brackets) is {@link Token.Kind#PUNCT}; symbols, emoji and unpaired surrogates are {@link
 *       Token.Kind#OTHER}.
 *   <li>Keys: Arabic words get {@link Clitics#keys}, Latin words {@link EnglishKeys#key}, others
 *       their normalised form. Stems: {@link LightStemmer} for Arabic, {@link EnglishStemmer} for
 *       Latin, the keys otherwise.
 * </ul>
 */
public final class Tokenizer {

  // Code point classes.
  private static final int SPACE = 0;
  private static final int ARABIC = 1;
  private static final int LATIN = 2;
  private static final int OTHER_LETTER = 3;
  private static final int DIGIT = 4;
  private static final int MARK = 5;
  private static final int FORMAT = 6;
  private static final int PUNCT = 7;
  private static final int SYMBOL = 8;

  /** Classes of the first 0x700 code points (ASCII, Latin, Arabic), computed once. */
  private static final byte[] FAST = new byte[0x700];

  static {
    for (int cp = 0; cp < FAST.length; cp++) {
      FAST[cp] = (byte) computeClass(cp);
    }
  }

  private Tokenizer() {}

  /** Tokenizes the whole text. */
  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /**
   * Tokenizes {@code text[start, end)}; spans are indices into {@code text}.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code text}
   */
  public static List<Token> tokenize(String text, int start, int end) {
    return tokenize(text, start, end, true);
  }

  /**
   * Tokenizes the whole text keeping only each token's first key: tokens as {@link
   * #tokenize(String)} gives them, except that {@link Token#keys()} and {@link Token#stems()} are
   * both just {@code keys()[0]} (the normalised word without the Arabic article). For callers that
   * compare first keys only (near-duplicate shingles), which would otherwise pay for clitic keys
   * and stems they never read.
   */
  public static List<Token> tokenizeFirstKeys(String text) {
    return tokenize(text, 0, text.length(), false);
  }

  private static List<Token> tokenize(String text, int start, int end, boolean full) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside the text of length " + text.length());
    }
    List<Token> out = new ArrayList<>(Math.max(4, (end - start) / 5));
    int p = start;
    while (p < end) {
      int cp = codePointAt(text, p, end);
      int cls = classOf(cp);
      int n = Character.charCount(cp);
      switch (cls) {
        case SPACE, MARK, FORMAT -> p += n;
        case PUNCT, SYMBOL -> {
          out.add(single(text, p, p + n, cls == PUNCT ? Token.Kind.PUNCT : Token.Kind.OTHER));
          p += n;
        }
        default -> p = word(text, p, end, cls, full, out);
      }
    }
    return out;
  }

  /** Reads the word or number starting at {@code start}, adds it, returns where reading goes on. */
  private static int word(String text, int start, int end, int cls, boolean full, List<Token> out) {
    int committed = start + Character.charCount(codePointAt(text, start, end));
    int p = committed;
    while (p < end) {
      int cp = codePointAt(text, p, end);
      int c = classOf(cp);
      int n = Character.charCount(cp);
      if (c == cls || c == MARK) {
        p += n;
        committed = p;
      } else if (c == FORMAT) {
        p += n;
      } else if (cls == LATIN
          && (cp == '\'' || cp == '\u2019')
          && nextIs(text, p + n, end, LATIN)) {
        p += n;
        committed = p;
      } else if (cls == DIGIT && isNumberSeparator(cp) && nextIs(text, p + n, end, DIGIT)) {
        p += n;
        committed = p;
      } else {
        break;
      }
    }
    out.add(make(text, start, committed, cls, full));
    return p;
  }

  private static boolean nextIs(String text, int p, int end, int cls) {
    return p < end && classOf(codePointAt(text, p, end)) == cls;
  }

  private static boolean isNumberSeparator(int cp) {
    return cp == ',' || cp == '.' || cp == '\u066B' || cp == '\u066C';
  }

  /** Like {@link String#codePointAt} but never pairs a high surrogate with a char past end. */
  private static int codePointAt(String text, int p, int end) {
    char c = text.charAt(p);
    if (Character.isHighSurrogate(c) && p + 1 < end) {
      char d = text.charAt(p + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private static Token single(String text, int start, int end, Token.Kind kind) {
    String norm = ArabicNormalizer.normalize(text, start, end);
    if (norm.isEmpty()) {
      norm = text.substring(start, end);
    }
    String[] keys = {norm};
    return new Token(start, end, kind, norm, keys, keys);
  }

  private static Token make(String text, int start, int end, int cls, boolean full) {
    String norm = ArabicNormalizer.normalize(text, start, end);
    if (norm.isEmpty()) {
      norm = text.substring(start, end);
    }
    switch (cls) {
      case ARABIC -> {
        if (!full) {
          String[] first = {Clitics.stripArticle(norm)};
          return new Token(start, end, Token.Kind.ARABIC, norm, first, first);
        }
        String[] keys = Clitics.keys(norm);
        return new Token(start, end, Token.Kind.ARABIC, norm, keys, LightStemmer.stems(keys));
      }
      case LATIN -> {
        String key = EnglishKeys.key(norm);
        return new Token(
            start,
            end,
            Token.Kind.LATIN,
            norm,
            new String[] {key},
            full ? new String[] {EnglishStemmer.stem(key)} : new String[] {key});
      }
      case DIGIT -> {
        String[] keys = {norm};
        return new Token(start, end, Token.Kind.NUMBER, norm, keys, keys);
      }
      default -> {
        String[] keys = {norm};
        return new Token(start, end, Token.Kind.OTHER, norm, keys, keys);
      }
    }
  }

  private static int classOf(int cp) {
    return cp < FAST.length ? FAST[cp] : computeClass(cp);
  }

  private static int computeClass(int cp) {
    if (cp == '_') {
      return SPACE;
    }
    if (cp <= 0xFFFF && ArabicNormalizer.isDropped((char) cp)) {
      return Character.getType(cp) == Character.FORMAT ? FORMAT : MARK;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER -> {
        if (isArabicScript(cp)) {
          return ARABIC;
        }
        if (cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          return LATIN;
        }
        return OTHER_LETTER;
      }
      case Character.DECIMAL_DIGIT_NUMBER -> {
        return DIGIT;
      }
      case Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK -> {
        return MARK;
      }
      case Character.FORMAT -> {
        return FORMAT;
      }
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL -> {
        return SPACE;
      }
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> {
        return PUNCT;
      }
      default -> {
        return SYMBOL;
      }
    }
  }

  private static boolean isArabicScript(int cp) {
    return (cp >= 0x0600 && cp <= 0x06FF)
        || (cp >= 0x0750 && cp <= 0x077F)
        || (cp >= 0x0870 && cp <= 0x08FF)
        || (cp >= 0xFB50 && cp <= 0xFDFF)
        || (cp >= 0xFE70 && cp <= 0xFEFF)
        || (cp >= 0x1EE00 && cp <= 0x1EEFF);
  }
}
