/**
 * Places: the gazetteer, place names in text, disambiguation and event locations.
 *
 * <p>Use:
 *
 * <pre>{@code
 * Geocoder geo = Geocoder.defaultGeocoder();                   // loads the shipped gazetteer once
 * List<Token> tokens = Tokenizer.tokenize(doc.text());
 * DocumentPlaces places = geo.places(doc, tokens, actorSpans, Set.of("Syria")); // once per document
 * Optional<EventPlace> where = geo.locate(places, triggerSpan, sentenceSpan, paragraphSpan);
 * where.map(EventPlace::location);   // ACLED location, admin1-3, coordinates, geo precision
 * where.map(EventPlace::mentions);   // spans, cues and rules for evidence
 * }</pre>
 *
 * <p>{@link org.hadath.resolve.place.Gazetteer#load(java.util.List)} adds the user's own CSV files
 * (format: {@code org/hadath/gazetteer/FORMAT.md}).
 */
package org.hadath.resolve.place;
