/**
 * English text rules: {@link org.hadath.text.en.EnglishKeys} (possessives) and {@link
 * org.hadath.text.en.EnglishStemmer} (plural, -ed and -ing suffixes).
 */
package org.hadath.text.en;
