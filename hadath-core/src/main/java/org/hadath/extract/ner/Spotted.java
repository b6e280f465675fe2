package org.hadath.extract.ner;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.model.Unresolved;

/**
 * Names the tagger proposed for one event's empty slots.
 *
 * @param actor1 an unknown organisation in the acting slot
 * @param actor2 an unknown organisation in the acted-on slot
 * @param location an unknown place of the event
 */
public record Spotted(Optional<Name> actor1, Optional<Name> actor2, Optional<Name> location) {
  /** Output and evidence field of an unresolved actor1. */
  public static final String ACTOR1_UNRESOLVED = "actor1_unresolved";

  /** Output and evidence field of an unresolved actor2. */
  public static final String ACTOR2_UNRESOLVED = "actor2_unresolved";

  /** Output and evidence field of an unresolved location. */
  public static final String LOCATION_UNRESOLVED = "location_unresolved";

  /** Nothing proposed. */
  public static final Spotted NONE =
      new Spotted(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * One proposed name.
   *
   * @param span its words in the document's text
   * @param rule the model and the role or placement rule, e.g. {@code
   *     "ner:perceptron/ORG+role:subject-after-verb"}
   */
  public record Name(Span span, String rule) {}

  /**
   * Whether {@code place} (may be null) was found by the gazetteer in the event's own sentence; if
   * not (no place, or one taken from the paragraph, the dateline or the document), an unknown place
   * named in the sentence is worth reporting.
   */
  public static boolean placedInSentence(org.hadath.extract.Placement place) {
    return place != null && place.rule().startsWith("locate:sentence");
  }

  /** With actor1 and actor2 exchanged (a withdrawal: the side that gains acts). */
  public Spotted swapped() {
    return new Spotted(actor2, actor1, location);
  }

  /**
   * The names of the slots still empty in the built event (for the place: not placed by a gazetteer
   * name in the event's sentence), as {@link Unresolved}; each name is also given to {@code
   * evidence} with its output field ({@code actor1_unresolved}, {@code actor2_unresolved}, {@code
   * location_unresolved}).
   */
  public Unresolved unresolved(
      Document doc,
      boolean actor1Empty,
      boolean actor2Empty,
      boolean placeEmpty,
      BiConsumer<String, Name> evidence) {
    Optional<Name> n1 = actor1Empty ? actor1 : Optional.empty();
    Optional<Name> n2 = actor2Empty ? actor2 : Optional.empty();
    Optional<Name> nl = placeEmpty ? location : Optional.empty();
    n1.ifPresent(n -> evidence.accept(ACTOR1_UNRESOLVED, n));
    n2.ifPresent(n -> evidence.accept(ACTOR2_UNRESOLVED, n));
    nl.ifPresent(n -> evidence.accept(LOCATION_UNRESOLVED, n));
    return new Unresolved(
        n1.map(n -> doc.textAt(n.span())),
        n2.map(n -> doc.textAt(n.span())),
        nl.map(n -> doc.textAt(n.span())));
  }

  /** This, with each empty slot taken from {@code other} (merged mentions of one event). */
  public Spotted or(Spotted other) {
    return new Spotted(
        actor1.or(other::actor1), actor2.or(other::actor2), location.or(other::location));
  }
}
