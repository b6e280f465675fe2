package org.hadath.ingest;

import java.util.List;
import java.util.Objects;
import org.hadath.model.Document;
import org.hadath.model.Problem;

/**
 * One input document as ingest saw it: read (possibly with warnings) or failed (with a reason).
 * Every input document yields exactly one.
 */
public sealed interface Ingested permits Ingested.Read, Ingested.Failed {

  /** The document id: the JSONL {@code id}, the file name relative to its input argument, … */
  String id();

  /** Where it came from, for messages: a path, {@code "-"}, {@code "feed.jsonl:12"}. */
  String source();

  /**
   * A document that was read.
   *
   * @param document the document
   * @param problems warnings found while reading it (e.g. invalid UTF-8 decoded with replacement
   *     characters); never errors
   */
  record Read(Document document, List<Problem> problems) implements Ingested {
    public Read {
      Objects.requireNonNull(document, "document");
      problems = List.copyOf(problems);
    }

    @Override
    public String id() {
      return document.id();
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * A document that could not be read.
   *
   * @param id the document id; when the input gave none (an unparsable JSONL line), its source
   * @param source where it came from
   * @param cause what kind of failure, for callers that treat some differently (a missing path
   *     argument may be a usage error)
   * @param reason what went wrong, where, and how to fix it, quoting the offending value
   */
  record Failed(String id, String source, Cause cause, String reason) implements Ingested {
    public Failed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(reason, "reason");
    }

    /** The failure as a problem of stage {@code "ingest"}. */
    public Problem problem() {
      return Problem.error(id, "ingest", reason);
    }
  }

  /** Why a document could not be read. */
  enum Cause {
    /** A path given as an argument does not exist. */
    NO_SUCH_FILE,
    /** The operating system refused to read it (permissions, symbolic-link loop, I/O error). */
    UNREADABLE,
    /** No bytes, or only white space. */
    EMPTY,
    /** NUL bytes or many control characters: not text. */
    BINARY,
    /** Longer than {@link IngestOptions#maxDocumentChars()}. */
    TOO_LARGE,
    /** Corrupt container: a truncated gzip stream, a malformed WARC record. */
    CORRUPT,
    /** A JSONL line that is not a valid document (bad JSON, missing id or text, bad date). */
    INVALID_RECORD,
    /** Not something ingest reads (a FIFO or device inside a directory, a directory cycle). */
    UNSUPPORTED,
    /** A bug in hadath: the reason names the exception; please report it with the input. */
    INTERNAL
  }
}
