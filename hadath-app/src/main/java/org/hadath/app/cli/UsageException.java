package org.hadath.app.cli;

/**
 * A usage error found while a command runs (a missing input path, an output directory that does not
 * exist): exit code {@link ExitCodes#USAGE}. The message says what, where and how to fix it.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
