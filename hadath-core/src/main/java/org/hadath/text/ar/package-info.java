/**
 * Arabic text rules: {@link org.hadath.text.ar.ArabicNormalizer} (orthographic folding with an
 * offset map), {@link org.hadath.text.ar.Clitics} (proclitic keys) and {@link
 * org.hadath.text.ar.LightStemmer} (plural, dual and feminine suffixes).
 */
package org.hadath.text.ar;
