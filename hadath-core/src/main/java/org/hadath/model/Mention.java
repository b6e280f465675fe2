package org.hadath.model;

/**
 * Something found at a place in a document's text: an actor, a place, a time, a quantity or an
 * event trigger. Each mention knows its span and the rule that found it, so anything built from it
 * can carry evidence.
 */
public sealed interface Mention
    permits ActorMention, PlaceMention, TimeMention, QuantityMention, TriggerMention {
  /** Where the mention is, in the document's original text. */
  Span span();

  /** The rule, dictionary entry or model that found it. */
  String rule();
}
