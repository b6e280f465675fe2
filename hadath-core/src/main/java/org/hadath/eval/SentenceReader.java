package org.hadath.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Language;

/**
 * Reads hand-coded Arabic sentences (up-arabic-gold JSON Lines).
 *
 * <ul>
 *   <li>Required per line: {@code id}, {@code text}, {@code category} ({@code ASSAULT} or {@code
 *       PROTEST}); {@code date} ({@code YYYYMMDD}) is optional and becomes the publication date.
 *   <li>The language is Arabic; each sentence is bare body text.
 *   <li>Blank lines are skipped; a bad line is a {@link GoldFormatException} naming file:line.
 * </ul>
 */
public final class SentenceReader {

  private SentenceReader() {}

  /** Every sentence of {@code in}; {@code name} is the file name used in messages. */
  public static List<GoldSentence> read(Reader in, String name)
      throws IOException, GoldFormatException {
    return GoldLines.read(in, name, "sentence", SentenceReader::sentence);
  }

  private static GoldSentence sentence(JsonNode node, String where) throws GoldFormatException {
    String id = text(node, "id", where);
    String text = text(node, "text", where);
    String category = text(node, "category", where);
    if (!SentenceScores.CLASSES.contains(category)) {
      throw new GoldFormatException(
          where
              + ": \"category\" must be one of "
              + SentenceScores.CLASSES
              + ", got \""
              + category
              + "\"");
    }
    Optional<LocalDate> date = Optional.empty();
    JsonNode d = node.get("date");
    if (d != null && d.isTextual() && !d.textValue().isBlank()) {
      try {
        date = Optional.of(LocalDate.parse(d.textValue(), DateTimeFormatter.BASIC_ISO_DATE));
      } catch (DateTimeParseException e) {
        throw new GoldFormatException(
            where + ": \"date\" must be YYYYMMDD, got \"" + d.textValue() + "\"");
      }
    }
    return new GoldSentence(
        new GoldDocument(id, where, Language.AR, date, text, false, List.of()), category);
  }

  private static String text(JsonNode n, String field, String where) throws GoldFormatException {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || !v.isTextual()) {
      throw new GoldFormatException(
          where + ": \"" + field + "\" must be a string, got " + (v == null ? "nothing" : v));
    }
    return v.textValue();
  }
}
