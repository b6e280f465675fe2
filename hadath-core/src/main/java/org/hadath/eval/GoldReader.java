package org.hadath.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Language;

/**
 * Reads gold-dev JSON Lines (one report per line; format in gold-dev's FORMAT.md).
 *
 * <ul>
 *   <li>Required per line: {@code id}, {@code lang} ({@code ar} or {@code en}), {@code text},
 *       {@code events} (an array); {@code published} is an ISO date or null.
 *   <li>Required per event: {@code event_type}, {@code sub_event_type}; {@code actor1}, {@code
 *       actor2}, {@code location} are arrays of acceptable names; {@code admin1}, {@code lat},
 *       {@code lon}, {@code date}, {@code fatalities}, {@code civilian_targeting} may be null or
 *       absent (then not scored); {@code wounded_min} null means "no wounded reported" and is
 *       scored, absent means not coded.
 *   <li>Blank lines are skipped; any other bad line is a {@link GoldFormatException} naming
 *       file:line.
 *   <li>Every text is a whole page (bylines, "read also" lines), run through page analysis.
 * </ul>
 */
public final class GoldReader {

  private GoldReader() {}

  /** Every document of {@code in}; {@code name} is the file name used in messages. */
  public static List<GoldDocument> read(Reader in, String name)
      throws IOException, GoldFormatException {
    return GoldLines.read(in, name, "report", GoldReader::document);
  }

  private static GoldDocument document(JsonNode node, String where) throws GoldFormatException {
    if (!node.isObject()) {
      throw new GoldFormatException(where + ": expected a JSON object, got " + node);
    }
    String id = text(node, "id", where);
    String lang = text(node, "lang", where);
    Language language =
        Language.fromCode(lang)
            .filter(Language::extracted)
            .orElseThrow(
                () ->
                    new GoldFormatException(
                        where + ": \"lang\" must be \"ar\" or \"en\", got \"" + lang + "\""));
    Optional<LocalDate> published = date(node, "published", where);
    String text = text(node, "text", where);
    JsonNode events = node.get("events");
    if (events == null || !events.isArray()) {
      throw new GoldFormatException(
          where + ": \"events\" must be an array (use [] for a report of no event)");
    }
    List<GoldEvent> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : events) {
      out.add(event(e, where + " event " + i++));
    }
    return new GoldDocument(id, where, language, published, text, true, out);
  }

  private static GoldEvent event(JsonNode e, String where) throws GoldFormatException {
    if (!e.isObject()) {
      throw new GoldFormatException(where + ": expected a JSON object, got " + e);
    }
    JsonNode wounded = e.get("wounded_min");
    return new GoldEvent(
        text(e, "event_type", where),
        text(e, "sub_event_type", where),
        names(e, "actor1", where),
        names(e, "actor2", where),
        optionalText(e, "admin1", where),
        names(e, "location", where),
        number(e, "lat", where),
        number(e, "lon", where),
        date(e, "date", where),
        number(e, "fatalities", where).map(Double::intValue),
        wounded != null,
        number(e, "wounded_min", where).map(Double::intValue),
        bool(e, "civilian_targeting", where));
  }

  private static String text(JsonNode n, String field, String where) throws GoldFormatException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be a string, got " + (v == null ? "nothing" : v));
    }
    return v.textValue();
  }

  private static Optional<String> optionalText(JsonNode n, String field, String where)
      throws GoldFormatException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be a string or null, got " + v);
    }
    return Optional.of(v.textValue()).filter(s -> !s.isBlank());
  }

  private static List<String> names(JsonNode n, String field, String where)
      throws GoldFormatException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be an array of acceptable names, got " + v);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw new GoldFormatException(
            where + ": \"" + field + "\" must hold only strings, got " + s);
      }
      if (!s.textValue().isBlank()) {
        out.add(s.textValue());
      }
    }
    return out;
  }

  private static Optional<Double> number(JsonNode n, String field, String where)
      throws GoldFormatException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be a number or null, got " + v);
    }
    return Optional.of(v.doubleValue());
  }

  private static Optional<Boolean> bool(JsonNode n, String field, String where)
      throws GoldFormatException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be true, false or null, got " + v);
    }
    return Optional.of(v.booleanValue());
  }

  private static Optional<LocalDate> date(JsonNode n, String field, String where)
      throws GoldFormatException {
    Optional<String> s = optionalText(n, field, where);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.get()));
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be YYYY-MM-DD or null, got \"" + s.get() + "\"");
    }
  }
}
