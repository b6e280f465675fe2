package org.hadath.model;

import java.util.Objects;

/**
 * Something that went wrong or looked wrong while reading one document. Problems never stop a
 * batch; they travel with the document's output.
 *
 * @param document the document id (or the input's path when no id could be made)
 * @param stage the stage that found it, e.g. {@code "ingest"}, {@code "time"}
 * @param severity whether the document still produced output ({@link Severity#WARNING}) or not
 * @param message what, where and how to fix, quoting the offending value
 */
public record Problem(String document, String stage, Severity severity, String message) {
  public Problem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** How bad a problem is. */
  public enum Severity {
    /** The document was processed; the output may be less complete or less certain. */
    WARNING,
    /** The document could not be processed; its output line carries no events. */
    ERROR
  }

  public static Problem warning(String document, String stage, String message) {
    return new Problem(document, stage, Severity.WARNING, message);
  }

  public static Problem error(String document, String stage, String message) {
    return new Problem(document, stage, Severity.ERROR, message);
  }
}
