/**
 * Whether a document is a conflict or political-violence report at all: {@link
 * org.hadath.extract.relevance.Relevance} weighs the off-topic words of {@link
 * org.hadath.extract.relevance.OffTopicLexicon} (sports, weather, markets, culture, recipes,
 * adverts…) against the event triggers, casualty words and armed actors the extraction dictionaries
 * find, so that documents about something else are skipped with a reason instead of producing
 * events.
 */
package org.hadath.extract.relevance;
