package org.hadath.ingest.dedup;

import java.util.Arrays;
import java.util.List;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * Hashed word shingles of a text: the unit near-duplicate detection compares.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Words are the Arabic, Latin, other-script and number tokens of {@link Tokenizer};
 *       punctuation, symbols, emoji and whitespace are not words, so changes to them do not count.
 *   <li>Each word is compared by its normalised form without the Arabic definite article ({@link
 *       Token#keys()}{@code [0]}): diacritics, tatweel, alef and hamza forms, teh marbuta, Persian
 *       letters, Arabic-Indic digits and letter case make no difference («الغارةُ» = «غاره»,
 *       "Airstrike" = "airstrike", ٣ = 3).
 *   <li>A shingle is {@value #SIZE} consecutive words; a text of fewer than {@value #MIN_WORDS}
 *       words has no shingles (too short to tell a copy from a coincidence).
 *   <li>Shingles are 64-bit hashes (FNV-1a of each word, combined in order and mixed), returned
 *       sorted and without repeats: the set of shingles, not their count or order, is compared.
 * </ul>
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int SIZE = 3;

  /** Fewest words a text needs to have shingles. */
  public static final int MIN_WORDS = 8;

  private static final long[] NONE = new long[0];

  private Shingles() {}

  /** The distinct shingle hashes of {@code text}, sorted; empty when it is too short. */
  public static long[] of(String text) {
    List<Token> tokens = Tokenizer.tokenizeFirstKeys(text);
    long[] words = new long[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.PUNCT && !(t.kind() == Token.Kind.OTHER && !isWord(t))) {
        words[n++] = wordHash(t.keys()[0]);
      }
    }
    if (n < MIN_WORDS) {
      return NONE;
    }
    long[] out = new long[n - SIZE + 1];
    for (int i = 0; i + SIZE <= n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < SIZE; j++) {
        h = mix(h * 31 + words[i + j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[m++] = out[i];
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  /** Whether an OTHER token is letters of another script (a word), not a symbol or emoji. */
  private static boolean isWord(Token t) {
    String s = t.norm();
    return !s.isEmpty() && Character.isLetter(s.codePointAt(0));
  }

  static long wordHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A 64-bit finaliser (SplitMix64): every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
