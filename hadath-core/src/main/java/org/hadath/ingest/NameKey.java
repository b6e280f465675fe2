package org.hadath.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Match keys for names and phrases in ingest's dictionaries ({@link Outlets}, {@link PageLexicon}):
 * a phrase becomes its normalised words joined by single spaces, so «إقرأ أيضاً:» and «اقرأ ايضا»
 * give the same key.
 *
 * <p>Rules, applied per character:
 *
 * <ul>
 *   <li>Arabic diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) are dropped.
 *   <li>أ إ آ ٱ become ا; ة becomes ه; ى and Persian ی become ي; Persian ک becomes ك.
 *   <li>Arabic-Indic and Persian digits become ASCII digits.
 *   <li>Latin letters are lower-cased; common accented Latin vowels lose their accent.
 *   <li>Every other character that is not a letter or digit separates words.
 * </ul>
 *
 * This is deliberately small and local to ingest: it only has to make dictionary entries and short
 * page lines (bylines, headings, title suffixes) meet.
 */
public final class NameKey {
  private NameKey() {}

  /** The key of {@code s}: its normalised words joined by single spaces; empty if it has none. */
  public static String of(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c == 0) {
        continue; // dropped (diacritic, tatweel)
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && sb.length() > 0) {
          sb.append(' ');
        }
        pendingSpace = false;
        sb.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return sb.toString();
  }

  /** The words of {@link #of(CharSequence)}. */
  public static List<String> words(CharSequence s) {
    return words(s, Integer.MAX_VALUE);
  }

  /**
   * The first {@code max} words of {@link #of(CharSequence)}; scanning stops there, so a long line
   * costs no more than its first words. A result of {@code max} words means "at least {@code max}".
   */
  public static List<String> words(CharSequence s, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length() && out.size() < max; i++) {
      char c = fold(s.charAt(i));
      if (c == 0) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0 && out.size() < max) {
      out.add(w.toString());
    }
    return out;
  }

  /**
   * Whether {@code c} is white space or an invisible format mark (zero-width space, LRM/RLM, bidi
   * embeddings and isolates, BOM): what lines and zones are trimmed of.
   */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  /** How many words {@code s} has, counting at most {@code max}; allocates nothing. */
  public static int countWords(CharSequence s, int max) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c == 0) {
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !in && ++n >= max) {
        return n;
      }
      in = letter;
    }
    return n;
  }

  /** One character folded; {@code 0} when it is dropped. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
      return 0;
    }
    switch (c) {
      case 'أ':
      case 'إ':
      case 'آ':
      case 'ٱ':
        return 'ا';
      case 'ة':
        return 'ه';
      case 'ى':
      case 'ی':
        return 'ي';
      case 'ک':
        return 'ك';
      case 'à':
      case 'á':
      case 'â':
      case 'ä':
        return 'a';
      case 'è':
      case 'é':
      case 'ê':
      case 'ë':
        return 'e';
      case 'ì':
      case 'í':
      case 'î':
      case 'ï':
        return 'i';
      case 'ò':
      case 'ó':
      case 'ô':
      case 'ö':
        return 'o';
      case 'ù':
      case 'ú':
      case 'û':
      case 'ü':
        return 'u';
      case 'ç':
        return 'c';
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return Character.toLowerCase(c);
  }
}
