package org.hadath.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * The documents of a list of inputs, read lazily in input order: directories in sorted order, one
 * document at a time, so memory stays bounded by the largest single document. Iterate once; close
 * when done (closing releases an open file).
 *
 * <p>Iteration never throws for bad input: every problem becomes an {@link Ingested.Failed} or a
 * warning on an {@link Ingested.Read}, and the stream goes on.
 */
public interface IngestStream extends Iterable<Ingested>, AutoCloseable {

  /**
   * The stream's only iterator.
   *
   * @throws IllegalStateException if called twice
   */
  @Override
  Iterator<Ingested> iterator();

  /**
   * Files met so far that are not documents and were passed over: hidden files and files with an
   * extension ingest does not read (e.g. {@code .jpg}) inside directories, and WARC records that
   * carry no HTML or text page. Paths or {@code file.warc@offset}, at most {@value
   * #MAX_SKIPPED_LISTED} of them; {@link #skippedCount()} counts all.
   */
  List<String> skipped();

  /** How many inputs have been passed over so far; see {@link #skipped()}. */
  long skippedCount();

  /**
   * Bytes read so far from input files and standard input, as stored (before decompression), for
   * progress; -1 when the stream does not count them.
   */
  default long bytesRead() {
    return -1;
  }

  /** At most this many skipped inputs are listed by {@link #skipped()}. */
  int MAX_SKIPPED_LISTED = 100;

  /** Closes the file being read, if any. Never throws. */
  @Override
  void close();
}
