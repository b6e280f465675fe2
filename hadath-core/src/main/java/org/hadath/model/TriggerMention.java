package org.hadath.model;

/**
 * Words that signal an event: «غارة», «اشتباكات», "clashes".
 *
 * @param span the words
 * @param eventType ACLED event type, exact spelling
 * @param subEventType ACLED sub-event type, exact spelling
 * @param rule the lexicon entry
 */
public record TriggerMention(Span span, String eventType, String subEventType, String rule)
    implements Mention {}
