package org.hadath.text.ner;

import java.util.List;
import java.util.Objects;
import org.hadath.text.Token;

/**
 * A training or test sentence: its text, hadath's tokens of it and one gold label per token.
 *
 * @param text the sentence text the tokens point into
 * @param tokens {@link org.hadath.text.Tokenizer} tokens of {@code text}
 * @param labels per token, 0 for O, else {@code 1 + 2 * type} for B- and {@code 2 + 2 * type} for
 *     I- ({@link EntityType} order); never an I- after a label of another type or O
 */
public record LabeledSentence(String text, List<Token> tokens, int[] labels) {
  public LabeledSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (labels.length != tokens.size()) {
      throw new IllegalArgumentException(
          labels.length + " labels for " + tokens.size() + " tokens in: " + text);
    }
  }

  /** The gold entities. */
  public List<Entity> entities() {
    return NerModel.entities(text, tokens, 0, labels);
  }
}
