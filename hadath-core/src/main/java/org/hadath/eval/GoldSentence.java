package org.hadath.eval;

import java.util.Objects;

/**
 * A hand-coded sentence: its text (as a bare-text {@link GoldDocument} without gold events) and its
 * class.
 *
 * @param category {@code ASSAULT} or {@code PROTEST} (PLOVER)
 */
public record GoldSentence(GoldDocument document, String category) {
  public GoldSentence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(category, "category");
  }
}
