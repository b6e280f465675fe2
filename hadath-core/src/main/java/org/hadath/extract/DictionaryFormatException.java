package org.hadath.extract;

/**
 * A dictionary or lexicon file that cannot be read: the message names the file, the line, the
 * column and the value, and says how to fix it.
 */
public final class DictionaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DictionaryFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
