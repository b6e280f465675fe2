package org.hadath.model;

/** A number in the text, read into a {@link Quantity}. */
public record QuantityMention(Span span, Quantity quantity, String rule) implements Mention {}
