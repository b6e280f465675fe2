/**
 * The text layer: {@link org.hadath.text.Tokenizer} turns a document's original text into {@link
 * org.hadath.text.Token}s with spans into it and normalised match keys; {@link
 * org.hadath.text.PhraseMatcher} finds dictionary phrases in those tokens in one pass. Language
 * specific rules live in {@code ar} and {@code en}; each is a pure class with its rules listed in
 * its Javadoc.
 */
package org.hadath.text;
