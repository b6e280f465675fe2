/**
 * Events from mentions: the candidates of each sentence, merged inside a document when they report
 * the same event (same actors, place and day, as ACLED does), built into {@link
 * org.hadath.model.Event}s with evidence for every field.
 */
package org.hadath.events;
