package org.hadath.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input document: its events and problems, and whether it was processed, skipped
 * (with a reason) or failed (with a reason). Every input document gets exactly one.
 *
 * @param id the document id
 * @param source where it came from
 * @param document the document, empty when it could not even be read
 * @param language the language it was read in, empty when unknown
 * @param status processed, skipped or failed
 * @param reason why it was skipped or failed, empty when processed
 * @param events the events, empty unless processed
 * @param problems everything worth telling the user, warnings included
 * @param duplicateOf the id of the earlier document of the run this one is a near-duplicate of
 *     (then it is skipped with no events); empty otherwise
 */
public record DocumentResult(
    String id,
    String source,
    Optional<Document> document,
    Optional<Language> language,
    Status status,
    Optional<String> reason,
    List<Event> events,
    List<Problem> problems,
    Optional<String> duplicateOf) {

  public DocumentResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    events = List.copyOf(events);
    problems = List.copyOf(problems);
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    if (status != Status.PROCESSED && reason.isEmpty()) {
      throw new IllegalArgumentException("a " + status + " document needs a reason: " + id);
    }
  }

  /** A result that is not a near-duplicate. */
  public DocumentResult(
      String id,
      String source,
      Optional<Document> document,
      Optional<Language> language,
      Status status,
      Optional<String> reason,
      List<Event> events,
      List<Problem> problems) {
    this(id, source, document, language, status, reason, events, problems, Optional.empty());
  }

  /** The fate of a document in a run. */
  public enum Status {
    PROCESSED,
    SKIPPED,
    FAILED
  }

  /** A document that could not be read at all (unreadable file, invalid JSON line). */
  public static DocumentResult failed(String id, String source, String reason) {
    return new DocumentResult(
        id,
        source,
        Optional.empty(),
        Optional.empty(),
        Status.FAILED,
        Optional.of(reason),
        List.of(),
        List.of(Problem.error(id, "ingest", reason)));
  }
}
