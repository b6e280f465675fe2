package org.hadath.text.ner;

import java.util.Objects;
import org.hadath.model.Span;

/**
 * A name the tagger proposes.
 *
 * @param firstToken index of its first token in the token list it was tagged in
 * @param endToken one past its last token
 * @param span its words in the original text (a leading conjunction or preposition fused with the
 *     article, «وبالرقة», is left out: the span starts at the article)
 * @param type what it names
 */
public record Entity(int firstToken, int endToken, Span span, EntityType type) {
  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(
          "entity tokens [" + firstToken + ", " + endToken + ") are empty or negative");
    }
  }
}
