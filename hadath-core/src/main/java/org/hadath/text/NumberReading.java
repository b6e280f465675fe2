package org.hadath.text;

import org.hadath.model.Quantity;

/**
 * A number read from tokens, before any qualifier or context is applied.
 *
 * @param endToken index one past the last token read
 * @param quantity what the words say: exact for «عشرين» or "twenty-one", approximate and open-ended
 *     for vague amounts such as «عشرات» or "dozens"
 * @param rule the reading rule, e.g. {@code "qty:ar:words"}, {@code "qty:ar:tens"}
 */
public record NumberReading(int endToken, Quantity quantity, String rule) {}
