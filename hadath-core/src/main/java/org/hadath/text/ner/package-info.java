/**
 * Named-entity tagging for names no dictionary knows (a new militia, an unlisted village): a small
 * averaged-perceptron BIO tagger over {@link org.hadath.text.Token}s with hashed lexical, clitic,
 * cue-word and dictionary-membership features ({@link org.hadath.text.ner.NerFeatures}), greedy
 * decoding ({@link org.hadath.text.ner.NerModel}), its trainer ({@link
 * org.hadath.text.ner.NerTrainer}) and the reader of its training corpus ({@link
 * org.hadath.text.ner.NewsFane}). The tagger only proposes spans; dictionaries stay authoritative.
 * The model format is described in {@code src/main/resources/org/hadath/ner/FORMAT.md}.
 */
package org.hadath.text.ner;
