package org.hadath.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Live progress on stderr, redrawn in place at most twice a second, only when stderr is a terminal
 * and {@code --quiet} is off: documents, events, failures, the rate, and — when the size of the
 * inputs is known (files and directories, not stdin or URLs) — the share of input bytes read and
 * the estimated time left (ETA), from the rate of bytes read so far.
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

  boolean enabled() {
    return enabled;
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
    err.print("\r" + line(s, s.seconds()) + "   ");
    err.flush();
  }

  /** The progress line for {@code s} after {@code seconds}. */
  static String line(RunStats s, double seconds) {
    String base =
        String.format(
            Locale.ROOT,
            "%d documents, %d events, %d failed, %.0f docs/s",
            s.documents(),
            s.events(),
            s.failed(),
            seconds <= 0 ? 0 : s.documents() / seconds);
    OptionalLong total = s.totalBytes();
    long read = s.bytesRead();
    if (total.isEmpty() || total.getAsLong() <= 0 || read <= 0) {
      return base;
    }
    long t = total.getAsLong();
    long done = Math.min(read, t);
    double left = seconds * (t - done) / done;
    return String.format(
        Locale.ROOT, "%s, %d%% of %s, ETA %s", base, done * 100 / t, size(t), duration(left));
  }

  /** 532 B, 12.0 KB, 3.4 MB, 1.2 GB. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** 0:07, 12:30, 1:02:03. */
  static String duration(double seconds) {
    long s = Math.round(Math.max(0, Math.min(seconds, 359_999)));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Clears the progress line so the summary starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
