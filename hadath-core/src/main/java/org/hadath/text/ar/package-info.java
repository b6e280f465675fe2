/**
 * Arabic text rules: {@link org.hadath.text.ar.ArabicNormalizer} (orthographic folding with an
 * offset map), {@link org.hadath.text.ar.Clitics} (proclitic keys), {@link
 * org.hadath.text.ar.LightStemmer} (attached pronouns, verb and accusative endings, plural, dual
 * and feminine suffixes) and {@link org.hadath.text.ar.VerbForms} (the other persons of a verb).
 */
package org.hadath.text.ar;
