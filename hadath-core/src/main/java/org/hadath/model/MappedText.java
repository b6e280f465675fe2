package org.hadath.model;

/**
 * A text derived from a document's original text, with a map back to it.
 *
 * @param text the derived text
 * @param toOriginal {@code toOriginal[i]} is the original index of derived char {@code i}; it has
 *     {@code text.length() + 1} entries, the last one the original end
 */
public record MappedText(String text, int[] toOriginal) {
  public MappedText {
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
    }
  }

  /** The original span of derived range {@code [start, end)}. */
  public Span toOriginal(int start, int end) {
    if (start == end) {
      return new Span(toOriginal[start], toOriginal[start]);
    }
    return new Span(toOriginal[start], toOriginal[end - 1] + 1);
  }
}
