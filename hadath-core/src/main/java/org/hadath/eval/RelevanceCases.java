package org.hadath.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Language;
import org.hadath.model.Span;
import org.hadath.model.Zone;

/**
 * Labelled documents for scoring the relevance decision (is this a conflict report at all?), and
 * the scores.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A JSON Lines file holds one document per line: {@code text} (required), {@code id}
 *       (default: file:line), {@code title}, {@code language} or {@code lang} ("ar"/"en"; else
 *       identified), {@code published} or {@code date} (its first ten characters, when they are an
 *       ISO date), and {@code relevant} (true: a conflict or political-violence report that must be
 *       processed; false: off-topic, to be skipped). A line without {@code relevant} is a conflict
 *       report, so gold-dev files, the Syrian Archive texts and scraped conflict news can be used
 *       as they are.
 *   <li>A document with a {@code title} is its title plus a body that is the whole text; one
 *       without goes through ingest's page analysis, as a {@code .txt} input would.
 *   <li>ACLED rows (read with {@link AcledReader}) are conflict reports.
 *   <li>The scored decision is <em>skip as not a conflict report</em>: a true positive is an
 *       off-topic document skipped, a false positive a conflict report skipped (for any reason but
 *       an empty or unsupported-language document), a false negative an off-topic document
 *       processed.
 * </ul>
 */
public final class RelevanceCases {

  private RelevanceCases() {}

  /**
   * One labelled document.
   *
   * @param document the document as the pipeline gets it
   * @param relevant whether it is a conflict report
   * @param where file and line, for messages
   */
  public record Case(Document document, boolean relevant, String where) {}

  /** The documents of a JSON Lines file; {@code name} is the file name used in messages. */
  public static List<Case> read(Reader in, String name) throws IOException, GoldFormatException {
    return GoldLines.read(in, name, "document", RelevanceCases::of);
  }

  /** Gold documents (gold-dev reports, ACLED notes): all conflict reports. */
  public static List<Case> conflictReports(List<GoldDocument> gold) {
    List<Case> out = new ArrayList<>(gold.size());
    for (GoldDocument g : gold) {
      out.add(new Case(EvalDocuments.of(g), true, g.where()));
    }
    return out;
  }

  private static Case of(JsonNode node, String where) throws GoldFormatException {
    if (!node.isObject()) {
      throw new GoldFormatException(where + ": expected a JSON object, got " + node);
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new GoldFormatException(where + ": \"text\" is missing or not a string");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    JsonNode rel = node.get("relevant");
    if (rel != null && !rel.isBoolean()) {
      throw new GoldFormatException(
          where + ": \"relevant\" must be true or false, got " + rel + "; or leave it out (true)");
    }
    boolean relevant = rel == null || rel.booleanValue();
    Optional<Language> language = Optional.empty();
    for (String f : List.of("language", "lang")) {
      if (node.hasNonNull(f)) {
        String code = node.get(f).asText();
        language =
            Optional.of(
                Language.fromCode(code)
                    .orElseThrow(
                        () ->
                            new GoldFormatException(
                                where
                                    + ": \""
                                    + f
                                    + "\" \""
                                    + code
                                    + "\" is not a language code")));
        break;
      }
    }
    Optional<LocalDate> published = Optional.empty();
    for (String f : List.of("published", "date")) {
      if (node.hasNonNull(f) && node.get(f).asText().length() >= 10) {
        try {
          published = Optional.of(LocalDate.parse(node.get(f).asText().substring(0, 10)));
          break;
        } catch (DateTimeParseException e) {
          // not a date: left unknown
        }
      }
    }
    String body = text.asText();
    Document doc;
    if (node.hasNonNull("title")) {
      doc =
          Document.builder(id, where, body)
              .title(node.get("title").asText())
              .language(language.orElse(null))
              .published(published.orElse(null))
              .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, body.length()))))
              .build();
    } else {
      Document d =
          EvalDocuments.of(
              new GoldDocument(
                  id, where, language.orElse(Language.UNKNOWN), published, body, true, List.of()));
      doc = language.isPresent() ? d : d.toBuilder().language(null).build();
    }
    return new Case(doc, relevant, where);
  }

  /** Counts of the skip decision over labelled documents. */
  public static final class Scores {
    private int skippedOffTopic;
    private int keptOffTopic;
    private int skippedReports;
    private int keptReports;
    private final List<String> errors = new ArrayList<>();

    /**
     * Adds the pipeline's result for {@code c}. A document skipped as empty or in an unsupported
     * language counts as kept: the relevance decision was never taken.
     */
    public void add(Case c, DocumentResult r) {
      boolean skipped =
          r.status() == DocumentResult.Status.SKIPPED
              && r.duplicateOf().isEmpty()
              && r.reason().map(s -> s.startsWith("not a conflict report")).orElse(false);
      if (c.relevant()) {
        if (skipped) {
          skippedReports++;
          errors.add(
              "== "
                  + c.document().id()
                  + " ("
                  + c.where()
                  + "): conflict report skipped: "
                  + r.reason().orElse(""));
        } else {
          keptReports++;
        }
      } else if (skipped) {
        skippedOffTopic++;
      } else {
        keptOffTopic++;
        errors.add(
            "== "
                + c.document().id()
                + " ("
                + c.where()
                + "): off-topic document processed ("
                + r.events().size()
                + " events)");
      }
    }

    /** One line per wrong decision. */
    public List<String> errors() {
      return List.copyOf(errors);
    }

    /** Off-topic documents skipped / all documents skipped; 1 when none was skipped. */
    public double precision() {
      int skipped = skippedOffTopic + skippedReports;
      return skipped == 0 ? 1.0 : (double) skippedOffTopic / skipped;
    }

    /** Off-topic documents skipped / all off-topic documents; 1 when there are none. */
    public double recall() {
      int off = skippedOffTopic + keptOffTopic;
      return off == 0 ? 1.0 : (double) skippedOffTopic / off;
    }

    public int skippedReports() {
      return skippedReports;
    }

    public int keptOffTopic() {
      return keptOffTopic;
    }

    public int documents() {
      return skippedOffTopic + keptOffTopic + skippedReports + keptReports;
    }

    /** The metrics for {@code --json}. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", documents());
      m.put("conflict_reports", skippedReports + keptReports);
      m.put("off_topic", skippedOffTopic + keptOffTopic);
      m.put("off_topic_skipped", skippedOffTopic);
      m.put("off_topic_processed", keptOffTopic);
      m.put("conflict_reports_skipped", skippedReports);
      m.put("skip_precision", precision());
      m.put("skip_recall", recall());
      return m;
    }

    /** The summary table. */
    public String table() {
      return String.format(
          Locale.ROOT,
          "| documents | conflict reports | skipped of them | off-topic | skipped of them |"
              + " skip precision | skip recall |%n"
              + "|---|---|---|---|---|---|---|%n"
              + "| %d | %d | %d | %d | %d | %.3f | %.3f |%n",
          documents(),
          skippedReports + keptReports,
          skippedReports,
          skippedOffTopic + keptOffTopic,
          skippedOffTopic,
          precision(),
          recall());
    }
  }
}
