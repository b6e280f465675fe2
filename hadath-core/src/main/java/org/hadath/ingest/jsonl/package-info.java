/**
 * JSON Lines input ({@code --input jsonl}, {@code .jsonl} files): one document per line, parsed by
 * {@link org.hadath.ingest.jsonl.JsonlParser}.
 */
package org.hadath.ingest.jsonl;
