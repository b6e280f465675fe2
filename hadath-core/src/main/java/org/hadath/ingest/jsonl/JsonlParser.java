package org.hadath.ingest.jsonl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Language;

/**
 * Parses one line of JSON Lines input into a {@link JsonlRecord}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The line is one JSON object and nothing else.
 *   <li>{@code id} is a non-empty string; {@code text} is a string.
 *   <li>{@code title} and {@code url} are strings or null; empty ones count as absent.
 *   <li>{@code published} is a date written {@code YYYY-MM-DD}, or null.
 *   <li>{@code language} is a code hadath knows ({@code ar}, {@code en}, {@code fa}, {@code ur},
 *       {@code ckb}, {@code und}) or null; another code is a warning and is ignored, so the
 *       language is detected.
 *   <li>Other fields are ignored, so producers may add their own.
 * </ul>
 *
 * Thread-safe.
 */
public final class JsonlParser {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE / 2)
                .maxNestingDepth(200)
                .build());
  }

  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile("\\s*\\(start marker at \\[Source:.*?column: (\\d+)\\]\\)");

  private JsonlParser() {}

  /** A line that is not a valid document. */
  public static final class InvalidLineException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Optional<String> id;

    InvalidLineException(Optional<String> id, String message) {
      super(message);
      this.id = id;
    }

    /** The line's id, when it had a usable one. */
    public Optional<String> id() {
      return id;
    }
  }

  /**
   * The document on {@code line}.
   *
   * @throws InvalidLineException saying what is wrong and how to fix it (without the file name and
   *     line number, which the caller adds)
   */
  public static JsonlRecord parse(String line) throws InvalidLineException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " at column " + loc.getColumnNr();
      throw new InvalidLineException(
          Optional.empty(),
          "invalid JSON"
              + where
              + ": "
              + START_MARKER
                  .matcher(e.getOriginalMessage())
                  .replaceAll(" (the object starts at column $1)")
              + "; each line must be one JSON object such as {\"id\": \"a1\", \"text\": \"…\"}");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidLineException(
          Optional.empty(),
          "the line is "
              + (node == null
                  ? "empty JSON"
                  : "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
              + ", not an object; each line must be one JSON object such as"
              + " {\"id\": \"a1\", \"text\": \"…\"}");
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw new InvalidLineException(
          Optional.empty(), "the field \"id\" is missing; give every line a unique string id");
    }
    if (!idNode.isTextual() || idNode.asText().isEmpty()) {
      throw new InvalidLineException(
          Optional.empty(),
          "the field \"id\" must be a non-empty string, got "
              + quote(idNode)
              + "; write it in quotes, e.g. \"id\": \""
              + (idNode.isValueNode() ? idNode.asText() : "a1")
              + "\"");
    }
    String id = idNode.asText();
    Optional<String> someId = Optional.of(id);
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new InvalidLineException(
          someId, "the field \"text\" is missing from document '" + id + "'; add the report text");
    }
    if (!textNode.isTextual()) {
      throw new InvalidLineException(
          someId,
          "the field \"text\" of document '"
              + id
              + "' must be a string, got "
              + quote(textNode)
              + "; put the report text in a JSON string");
    }
    List<String> warnings = new ArrayList<>();
    Optional<String> title = optionalString(node, "title", id, someId);
    Optional<String> url = optionalString(node, "url", id, someId);
    Optional<LocalDate> published = Optional.empty();
    JsonNode p = node.get("published");
    if (p != null && !p.isNull()) {
      if (!p.isTextual()) {
        throw new InvalidLineException(
            someId,
            "the field \"published\" of document '"
                + id
                + "' must be a date string YYYY-MM-DD, got "
                + quote(p));
      }
      try {
        String s = p.asText();
        if (s.length() != 10) {
          throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
        }
        published = Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        throw new InvalidLineException(
            someId,
            "the field \"published\" of document '"
                + id
                + "' is "
                + quote(p)
                + ", not a valid date YYYY-MM-DD; write it like \"2017-06-15\" or leave it out");
      }
    }
    Optional<Language> language = Optional.empty();
    JsonNode l = node.get("language");
    if (l != null && !l.isNull()) {
      if (!l.isTextual()) {
        throw new InvalidLineException(
            someId,
            "the field \"language\" of document '"
                + id
                + "' must be a string such as \"ar\" or \"en\", got "
                + quote(l));
      }
      language = Language.fromCode(l.asText());
      if (language.isEmpty()) {
        warnings.add(
            "language "
                + quote(l)
                + " is not one hadath knows (ar, en, fa, ur, ckb, und); it was ignored and the"
                + " language will be detected");
      }
    }
    return new JsonlRecord(id, textNode.asText(), title, url, published, language, warnings);
  }

  private static Optional<String> optionalString(
      JsonNode node, String field, String id, Optional<String> someId) throws InvalidLineException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw new InvalidLineException(
          someId,
          "the field \""
              + field
              + "\" of document '"
              + id
              + "' must be a string, got "
              + quote(n)
              + "; use a JSON string or leave it out");
    }
    String s = n.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String quote(JsonNode n) {
    String s = n.toString();
    if (s.length() > 60) {
      s = s.substring(0, 57) + "...";
    }
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + s;
  }
}
