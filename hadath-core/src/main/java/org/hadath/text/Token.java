package org.hadath.text;

import org.hadath.model.Span;

/**
 * One token of a document, with its place in the original text and the keys dictionaries match it
 * by.
 *
 * @param start first char, in the original text
 * @param end one past the last char, in the original text
 * @param kind what the token is made of
 * @param norm the normalised surface form (Arabic: {@code ArabicNormalizer} rules; Latin:
 *     lower-cased; digits: ASCII)
 * @param keys candidate match keys, most literal first: {@code keys[0]} is {@code norm} without the
 *     definite article; the others come from stripping proclitic combinations (و ف ب ل ك and their
 *     combinations with ال, لل), each without ال. «بالرقة» → {@code ["بالرقه", "رقه"]}. Never
 *     empty. Callers must not modify the array.
 * @param stems light-stemmed forms of {@code keys} (suffixes such as ات ون ين ان removed), for
 *     matching triggers and nouns by lemma; same length as {@code keys}
 */
public record Token(int start, int end, Kind kind, String norm, String[] keys, String[] stems) {

  /** What a token is made of. */
  public enum Kind {
    ARABIC,
    LATIN,
    NUMBER,
    PUNCT,
    OTHER
  }

  public Span span() {
    return new Span(start, end);
  }

  /**
   * Whether {@code words} holds this token's normalised form or one of its keys (so «والطائرات» is
   * in a set holding «طايرات»); the test the curated word sets of the rules use.
   */
  public boolean isAnyOf(java.util.Set<String> words) {
    if (words.contains(norm)) {
      return true;
    }
    for (String k : keys) {
      if (words.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
