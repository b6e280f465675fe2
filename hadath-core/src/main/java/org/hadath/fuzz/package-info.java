/**
 * Robustness fuzzing: {@link org.hadath.fuzz.CaseGenerator} builds mutated inputs (HTML, text,
 * JSONL, WARC, gzip) deterministically from a seed and a few bundled base documents, {@link
 * org.hadath.fuzz.InvariantChecker} runs each through the real ingest and the full pipeline and
 * checks the invariants, and {@link org.hadath.fuzz.Fuzzer} runs many of them on several threads
 * with a per-document time limit. {@code hadath fuzz} is the command; a CI test runs the same
 * engine.
 */
package org.hadath.fuzz;
