package org.hadath.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Language;

/**
 * One gold document: the text, what is known about it, and its gold events.
 *
 * @param where the file and line it came from ({@code gold.jsonl:12}), for messages
 * @param page whether the text is a whole page (title, bylines, "read also" lines) to be run
 *     through ingest's page analysis, rather than bare body text (an ACLED note, a sentence)
 */
public record GoldDocument(
    String id,
    String where,
    Language language,
    Optional<LocalDate> published,
    String text,
    boolean page,
    List<GoldEvent> events) {
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }
}
