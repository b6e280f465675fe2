/**
 * Writers that turn {@link org.hadath.model.DocumentResult}s into the formats of the command-line
 * contract: JSON Lines (one line per input document), ACLED's 31-column CSV and GeoJSON, plus the
 * run report. They stream: memory stays constant however many documents go through them.
 *
 * <p>The CLI, the store and the Spark job all write through these classes, so every output of
 * hadath has the same field names, types and null conventions.
 */
package org.hadath.output;
