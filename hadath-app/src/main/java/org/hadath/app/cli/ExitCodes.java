package org.hadath.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * hadath's exit codes, and the one place that maps outcomes and errors to them.
 *
 * <ul>
 *   <li>{@link #OK} 0: every document was processed (skipped documents, such as reports of no
 *       event, count as processed);
 *   <li>{@link #FAILED} 1: at least one document failed; its output line carries the reason;
 *   <li>{@link #USAGE} 2: usage error: an unknown command or option, a bad option value ({@code
 *       --published 2017-13-01}, {@code --format xml}, {@code --threads 0}), no input, an input
 *       path that does not exist, an output path that cannot be created;
 *   <li>a crash (an unexpected exception or error: a bug, running out of memory, the output
 *       becoming unwritable) is 1: the run stopped before every document was processed, so at least
 *       one document failed. The error goes to stderr. No other code is ever returned.
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** The code of a finished run. */
  public static int of(RunStats stats) {
    return stats.failed() > 0 ? FAILED : OK;
  }

  /** Any code outside 0..2 (a third-party default) becomes {@link #FAILED}. */
  static int clamp(int code) {
    return code == OK || code == FAILED || code == USAGE ? code : FAILED;
  }

  /** The code and message for a throwable that escaped a command. */
  static int crash(Throwable t, java.io.PrintStream err) {
    if (t instanceof UsageException) {
      err.println("hadath: " + t.getMessage());
      return USAGE;
    }
    if (t instanceof java.io.UncheckedIOException || t instanceof java.io.IOException) {
      err.println("hadath: I/O error, run stopped: " + t.getMessage());
      return FAILED;
    }
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    err.println(
        "hadath: internal error, run stopped ("
            + t
            + "). This is a bug: please report it with the input and the trace below.");
    err.print(trace);
    return FAILED;
  }

  /** Picocli parameter errors: message, usage hint, {@link #USAGE}. */
  static final class ParameterErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("hadath: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      }
      err.flush();
      return USAGE;
    }
  }

  /** Exceptions thrown by a command: {@link UsageException} is 2, anything else a crash. */
  static final class ExecutionErrors implements IExecutionExceptionHandler {
    private final java.io.PrintStream err;

    ExecutionErrors(java.io.PrintStream err) {
      this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      int code = crash(ex, err);
      if (code == USAGE) {
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      }
      return code;
    }
  }
}
