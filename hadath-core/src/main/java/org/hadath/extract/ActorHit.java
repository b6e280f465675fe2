package org.hadath.extract;

import java.util.List;
import org.hadath.model.Actor;
import org.hadath.model.Span;

/**
 * An actor found in a sentence.
 *
 * @param firstToken first token of the name
 * @param endToken one past its last token
 * @param span the name in the original text
 * @param actor the resolved actor
 * @param rule the dictionary entry or model that found it
 * @param weak whether the words are an ambiguous alias («النظام», «التحالف»), to be trusted only
 *     when the same actor is named unambiguously elsewhere in the document
 * @param alternatives other actors the same words name (the Islamic State of another country, an
 *     army of another period), so the event's country can choose among them
 */
public record ActorHit(
    int firstToken,
    int endToken,
    Span span,
    Actor actor,
    String rule,
    boolean weak,
    List<Actor> alternatives) {
  public ActorHit {
    alternatives = List.copyOf(alternatives);
  }

  /** The rule for the actor chosen for {@code country}: {@link #rule} naming that actor. */
  public String rule(String country) {
    Actor chosen = in(country);
    return chosen == actor ? rule : rule.replace(actor.id(), chosen.id());
  }

  /**
   * The actor these words name in {@code country}: the first of them from there; else, when none
   * is, the first that belongs to no country (an international or generic actor) rather than the
   * actor of some other country; else {@link #actor}.
   */
  public Actor in(String country) {
    if (country.isEmpty() || actor.country().equals(country)) {
      return actor;
    }
    for (Actor a : alternatives) {
      if (a.country().equals(country)) {
        return a;
      }
    }
    if (!actor.country().isEmpty()) {
      for (Actor a : alternatives) {
        if (a.country().isEmpty()) {
          return a;
        }
      }
    }
    return actor;
  }
}
