package org.hadath.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Live progress on stderr, redrawn in place at most twice a second, only when stderr is a terminal
 * and {@code --quiet} is off.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 500_000_000L;
  private final PrintStream err;
  private final boolean enabled;
  private long last = System.nanoTime();
  private boolean drawn;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void update(RunStats s) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    drawn = true;
    err.print(
        String.format(
            Locale.ROOT,
            "\r%d documents, %d events, %d failed, %.0f docs/s   ",
            s.documents(),
            s.events(),
            s.failed(),
            s.documentsPerSecond()));
    err.flush();
  }

  /** Clears the progress line so the summary starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
