/**
 * Names beyond the dictionaries: the shipped named-entity tagger ({@link
 * org.hadath.text.ner.NerModel}) run on the sentences of events with an empty actor or place slot,
 * its names reported as unresolved actors and places, never as resolved ones ({@link
 * org.hadath.extract.ner.NameSpotter}), with the dictionaries' own membership as tagger features
 * ({@link org.hadath.extract.ner.DictionaryNames}).
 */
package org.hadath.extract.ner;
