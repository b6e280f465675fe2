package org.hadath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes (ending with \n; a \r before it is dropped) with a cap on the length of one
 * line: a longer line is skipped to its end without being kept, in constant memory.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int lim;
  private byte[] line = new byte[1024];
  private int len;
  private long lineLength;
  private boolean tooLong;
  private boolean eof;

  LineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    len = 0;
    lineLength = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          eof = true;
          return any;
        }
        pos = 0;
        lim = n;
      }
      any = true;
      int start = pos;
      while (pos < lim && chunk[pos] != '\n') {
        pos++;
      }
      append(start, pos);
      if (pos < lim) {
        pos++; // the \n
        if (!tooLong && len > 0 && line[len - 1] == '\r') {
          len--;
        }
        return true;
      }
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    lineLength += n;
    if (tooLong) {
      return;
    }
    if (len + n > maxLine) {
      tooLong = true;
      len = 0;
      return;
    }
    if (len + n > line.length) {
      line =
          Arrays.copyOf(line, (int) Math.min(maxLine, Math.max((long) line.length * 2, len + n)));
    }
    System.arraycopy(chunk, from, line, len, n);
    len += n;
  }

  /** The current line's bytes; only {@code [0, length())} is meaningful. Empty if too long. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return len;
  }

  /** Whether the current line was longer than the cap (its bytes were not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's full length in bytes, even when too long. */
  long lineLength() {
    return lineLength;
  }
}
