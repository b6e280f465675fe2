package org.hadath.resolve.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Span;

/**
 * A place name found in the text, before disambiguation.
 *
 * @param span the name's words, without the cue (a clitic «ب» stays inside: it is part of the word)
 * @param firstToken index of the name's first token
 * @param endToken index one past the name's last token
 * @param candidates every gazetteer place with this name, never empty
 * @param cues the cues that introduce or follow the name, nearest first («الأطراف الشرقية من مدينة
 *     الرقة» gives «مدينة» then «الأطراف»)
 * @param qualifier a direction that follows the name («ريف حلب الشمالي» → «شمالي»), if any
 * @param rule how it was found, e.g. {@code "place:cue:مدينه"} or {@code "place:known-name"}
 */
public record PlaceHit(
    Span span,
    int firstToken,
    int endToken,
    List<Place> candidates,
    List<Cue> cues,
    Optional<String> qualifier,
    String rule) {
  public PlaceHit {
    Objects.requireNonNull(span, "span");
    candidates = List.copyOf(candidates);
    cues = List.copyOf(cues);
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(rule, "rule");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a place hit needs at least one candidate: " + span);
    }
  }

  /** Whether a cue of this type introduces or follows the name. */
  public boolean cued(Cue.Type type) {
    for (Cue c : cues) {
      if (c.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** The nearest cue, which says what kind of place the name is («مدينة», «حي»), if any. */
  public Optional<Cue> cue() {
    return cues.isEmpty() ? Optional.empty() : Optional.of(cues.get(0));
  }

  /** A cue saying the event is near rather than at the place («أطراف», «شمال», "near"), if any. */
  public Optional<Cue> approximateCue() {
    for (Cue c : cues) {
      if (c.type().approximate()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
