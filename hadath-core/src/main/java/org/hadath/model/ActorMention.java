package org.hadath.model;

import java.util.Optional;

/**
 * A named or generic actor in the text.
 *
 * @param span the words
 * @param actorId the dictionary id, empty for a candidate name no dictionary knows (reported as
 *     unresolved, never dropped)
 * @param rule the dictionary entry or model that found it
 */
public record ActorMention(Span span, Optional<String> actorId, String rule) implements Mention {}
