package org.hadath.model;

import java.util.Optional;

/**
 * A place named in the text.
 *
 * @param span the place name's words (without the cue word)
 * @param placeId the gazetteer id it resolved to, empty when unresolved
 * @param cue the cue that introduced it («حي», «بمدينة», «ريف … الشمالي», "near"), if any
 * @param rule the rule that found it
 */
public record PlaceMention(Span span, Optional<String> placeId, Optional<String> cue, String rule)
    implements Mention {}
