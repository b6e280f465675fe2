/**
 * hadath's value types: documents, spans into their original text, mentions found in them, the
 * events built from those mentions, the evidence behind every event field, and problems.
 *
 * <p>Every {@link org.hadath.model.Span} points into {@link org.hadath.model.Document#text()}, the
 * text exactly as it was given, in Java {@code char} indices.
 */
package org.hadath.model;
