package org.hadath.app.cli;

import java.io.PrintStream;
import org.hadath.model.DocumentResult;

/**
 * What a run tells the user on stderr: live progress (terminal only), each failed document (the
 * first {@value ExtractCommand#MAX_FAILURES_LOGGED}), and the summary line. {@code --quiet}
 * silences all of it.
 */
final class RunLog {
  private final PrintStream err;
  private final boolean quiet;
  private final Progress progress;
  private final RunStats live;
  private final boolean counts;
  private long failures;

  /** A log that counts the results it is given itself. */
  RunLog(Io io, boolean quiet) {
    this(io, quiet, new RunStats(), true);
  }

  /** A log whose progress reads {@code stats}, which the run updates (the log does not add). */
  RunLog(Io io, boolean quiet, RunStats stats) {
    this(io, quiet, stats, false);
  }

  private RunLog(Io io, boolean quiet, RunStats stats, boolean counts) {
    this.err = io.stderr();
    this.quiet = quiet;
    this.progress = new Progress(io.stderr(), io.progress() && !quiet);
    this.live = stats;
    this.counts = counts;
  }

  /** Whether live progress is shown (a terminal, not --quiet). */
  boolean showsProgress() {
    return progress.enabled();
  }

  void result(DocumentResult r, String prefix) {
    if (counts) {
      live.add(r);
    }
    if (quiet) {
      return;
    }
    if (r.status() == DocumentResult.Status.FAILED) {
      failures++;
      if (failures <= ExtractCommand.MAX_FAILURES_LOGGED) {
        progress.finish();
        String reason = r.reason().orElse("(no reason given)");
        err.println(
            "hadath: failed: "
                + prefix
                + (reason.startsWith(r.source()) ? reason : r.source() + ": " + reason));
      } else if (failures == ExtractCommand.MAX_FAILURES_LOGGED + 1) {
        progress.finish();
        err.println("hadath: more documents failed; --report FILE lists every one");
      }
    }
    progress.update(live);
  }

  void finish(RunStats stats) {
    progress.finish();
    if (quiet) {
      return;
    }
    if (stats.documents() == 0) {
      err.println("hadath: the inputs hold no document (empty directory or empty JSONL file?)");
    }
    err.println(stats.summary());
  }
}
