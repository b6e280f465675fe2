package org.hadath.events;

import org.hadath.model.Span;

/**
 * A sentence of a document's body, as a token range.
 *
 * @param span the sentence in the original text
 * @param from its first token
 * @param to one past its last token
 * @param paragraph the index of the paragraph it belongs to (paragraphs are split at line breaks)
 */
public record SentenceUnit(Span span, int from, int to, int paragraph) {}
