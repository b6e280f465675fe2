package org.hadath.extract;

import org.hadath.model.Location;
import org.hadath.model.Span;

/**
 * Where an event is placed, and why.
 *
 * @param location the resolved location
 * @param span the place words in the text the location comes from
 * @param rule how the place was chosen and resolved, e.g. {@code "place:trigger-tied/gazetteer:..."}
 */
public record Placement(Location location, Span span, String rule) {}
