/**
 * Shared machinery of hadath's curated dictionary files (actors, sources, lexicons): the
 * tab-separated reader, the error type that names file, line and column, and surface-form aliases.
 * The files themselves live in the class-path folder {@code org/hadath/dict/}, each with a
 * FORMAT.md.
 */
package org.hadath.dict;
