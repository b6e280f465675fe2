package org.hadath.model;

import java.util.Objects;

/**
 * One source's figure for one field, kept when sources disagree: «أكدت مصادر ميدانية استشهاد 10
 * مدنيين» is the field sources' claim of 10 fatalities.
 *
 * @param source the source's label, or "unattributed" when the figure has none nearby
 * @param field the field the figure is for: "fatalities" or "wounded"
 * @param low the lowest number the words allow
 * @param span the words of the figure
 * @param text those words
 */
public record Claim(String source, String field, int low, Span span, String text) {
  public Claim {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
