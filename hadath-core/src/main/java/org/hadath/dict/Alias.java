package org.hadath.dict;

import java.util.Objects;
import org.hadath.model.Language;

/**
 * One surface form of a dictionary entry.
 *
 * @param text the form as written in the dictionary (not normalised), e.g. «قوات النظام»
 * @param language {@link Language#AR} or {@link Language#EN}
 * @param weak whether the form is ambiguous on its own (written with a leading {@code ~} in the
 *     file, e.g. «~النظام»): a matcher reports it, but a caller should accept it only with
 *     supporting context (the document's country, a nearby strong alias of the same actor)
 */
public record Alias(String text, Language language, boolean weak) {
  public Alias {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (text.isBlank()) {
      throw new IllegalArgumentException("alias text is blank");
    }
  }
}
