package org.hadath.model;

/**
 * A half-open range {@code [start, end)} of Java {@code char} indices into a document's original
 * text.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }
}
