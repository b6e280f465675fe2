package org.hadath.extract;

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
 */
public record ActorHit(
    int firstToken, int endToken, Span span, Actor actor, String rule, boolean weak) {}
