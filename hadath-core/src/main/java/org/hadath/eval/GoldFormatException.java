package org.hadath.eval;

/** A gold file that cannot be read; the message names the file and line and how to fix it. */
public final class GoldFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }
}
