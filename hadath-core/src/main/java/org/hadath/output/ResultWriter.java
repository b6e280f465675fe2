package org.hadath.output;

import java.io.Closeable;
import java.io.IOException;
import org.hadath.model.DocumentResult;

/**
 * Writes the results of a run, one document at a time, in input order. Not thread-safe: one thread
 * writes. {@link #close()} finishes the output and flushes it, but never closes the underlying
 * stream (it may be standard output).
 */
public interface ResultWriter extends Closeable {
  /** Writes one document's output (a line, rows or features; nothing for formats without one). */
  void write(DocumentResult result) throws IOException;

  /** Flushes what has been written so far to the underlying stream. */
  void flush() throws IOException;
}
