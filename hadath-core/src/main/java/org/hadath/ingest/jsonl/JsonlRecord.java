package org.hadath.ingest.jsonl;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Language;

/**
 * One JSON Lines document: {@code {"id": str, "text": str, "title": str?, "url": str?, "published":
 * "YYYY-MM-DD"?, "language": "ar"|"en"?}}.
 *
 * @param id the id, echoed unchanged
 * @param text the text, unchanged
 * @param warnings things worth telling about the line that did not stop it being read
 */
public record JsonlRecord(
    String id,
    String text,
    Optional<String> title,
    Optional<String> url,
    Optional<LocalDate> published,
    Optional<Language> language,
    List<String> warnings) {
  public JsonlRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    warnings = List.copyOf(warnings);
  }
}
