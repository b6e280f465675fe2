package org.hadath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Bytes read from a stream, at most a cap.
 *
 * @param data the buffer; only {@code [0, length)} is meaningful
 * @param length how many bytes were read
 * @param more whether the stream had more bytes than the cap
 */
record Bytes(byte[] data, int length, boolean more) {

  /** Reads {@code in} to its end or to {@code cap} bytes, whichever comes first. */
  static Bytes read(InputStream in, long cap) throws IOException {
    int limit = (int) Math.min(cap, Integer.MAX_VALUE - 64L);
    byte[] buf = new byte[(int) Math.min(limit + 1L, 64 * 1024)];
    int len = 0;
    while (true) {
      if (len == buf.length) {
        if (len > limit) {
          return new Bytes(buf, limit, true);
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) len * 2, limit + 1L));
      }
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return new Bytes(buf, len, false);
      }
      len += n;
      if (len > limit) {
        return new Bytes(buf, limit, true);
      }
    }
  }
}
