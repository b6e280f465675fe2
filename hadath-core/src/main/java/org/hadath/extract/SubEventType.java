package org.hadath.extract;

/**
 * One of ACLED's 25 sub-event types with the event type and disorder type it belongs to and its
 * nearest CAMEO root code and PLOVER category.
 *
 * @param name ACLED spelling, e.g. "Air/drone strike"
 * @param eventType ACLED spelling, e.g. "Explosions/Remote violence"
 * @param disorderType ACLED spelling, e.g. "Political violence"
 * @param cameoRoot two-digit CAMEO root code, e.g. "19"
 * @param plover PLOVER event category, e.g. "ATTACK"
 * @param severity 1–10; when several triggers describe one event the most specific wins, and this
 *     breaks ties between equally specific ones
 */
public record SubEventType(
    String name,
    String eventType,
    String disorderType,
    String cameoRoot,
    String plover,
    int severity) {}
