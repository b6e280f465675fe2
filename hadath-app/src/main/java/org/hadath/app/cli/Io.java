package org.hadath.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The streams a command writes to. Commands never touch {@code System.out}/{@code System.err}
 * directly, so tests can run the real CLI in-process and capture both. (Standard input, for the
 * input {@code -}, is read by ingest from {@code System.in}.)
 *
 * @param stdout where output goes: only output, never messages
 * @param stderr messages, progress and summaries
 * @param progress whether to show live progress (stderr is a terminal)
 */
public record Io(OutputStream stdout, PrintStream stderr, boolean progress) {
  public Io {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /**
   * The process's own streams. Standard output is the raw file descriptor, so that a closed pipe is
   * reported instead of silently swallowed as {@code System.out} would. Progress is shown when the
   * launcher says stderr is a terminal ({@code -Dhadath.progress=true}) or, without the launcher,
   * when there is a console.
   */
  public static Io system() {
    String p = System.getProperty("hadath.progress");
    boolean progress = p != null ? Boolean.parseBoolean(p) : System.console() != null;
    return new Io(
        new FileOutputStream(FileDescriptor.out),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        progress);
  }

  /** Standard output as a text stream, for commands whose output is for people. */
  public PrintStream stdoutText() {
    return new PrintStream(stdout, true, StandardCharsets.UTF_8);
  }
}
