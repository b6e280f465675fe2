package org.hadath.extract.relevance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hadath.dict.TsvTable;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * The off-topic lexicon ({@code off-topic.tsv}: words that mark a report as being about sports,
 * weather, the economy, culture, health, technology, science, religious holidays, food, adverts,
 * travel, education or election campaigns) compiled once into one single-pass token-trie matcher.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Phrases match in {@link PhraseMatcher.Mode#EXACT} mode: the normalised form with any
 *       proclitics (و ف ب ل ك ال) in front, never by stem, because light stems join words that must
 *       stay apart («الدوري» the league and «دوريات» patrols).
 *   <li>Where phrases overlap, the leftmost longest wins («كأس العالم» over «العالم»).
 *   <li>Entries whose words have the same keys in one topic («الدوري», «دوري») are one entry: the
 *       first is kept.
 *   <li>A topic is a lower-case ASCII word; a weight is 1 (the word leans to the topic but is also
 *       common in conflict reporting: «الملعب», "season") or 2 (the word belongs to the topic:
 *       «ضربة جزاء», "goalkeeper").
 * </ul>
 *
 * <p>Instances are immutable and shared by all threads.
 */
public final class OffTopicLexicon {
  private static final String RESOURCE = "/org/hadath/dict/off-topic.tsv";
  private static final Set<String> COLUMNS = Set.of("phrase", "topic", "weight");
  private static final Pattern TOPIC = Pattern.compile("[a-z][a-z-]*");

  /**
   * One lexicon entry.
   *
   * @param phrase the words as written in the lexicon
   * @param topic what the words are about, e.g. {@code sports}
   * @param weight 1 (leans to the topic) or 2 (belongs to it)
   * @param rule the evidence rule, {@code off-topic:LINE}
   */
  public record Entry(String phrase, String topic, int weight, String rule) {}

  private static final class Holder {
    static final OffTopicLexicon STANDARD =
        new OffTopicLexicon(List.of(TsvTable.readResource(RESOURCE, COLUMNS, COLUMNS)));
  }

  private final PhraseMatcher<Entry> matcher;
  private final String version;

  OffTopicLexicon(List<TsvTable> tables) {
    PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
    List<String> versions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TsvTable t : tables) {
      versions.add(t.version().orElse("unversioned"));
      for (TsvTable.Row r : t.rows()) {
        String phrase = r.get("phrase");
        if (phrase.isEmpty()) {
          throw r.error("phrase", "the field is empty", "write the words, or delete the row");
        }
        String topic = r.get("topic");
        if (!TOPIC.matcher(topic).matches()) {
          throw r.error(
              "topic",
              "'" + topic + "' is not a topic name",
              "write one lower-case English word, e.g. sports");
        }
        String w = r.get("weight");
        if (!w.equals("1") && !w.equals("2")) {
          throw r.error(
              "weight",
              "'" + w + "' is not 1 or 2",
              "write 2 when the words belong to the topic, 1 when they only lean to it");
        }
        List<Token> words = Tokenizer.tokenize(phrase);
        if (words.isEmpty()) {
          throw r.error("phrase", "'" + phrase + "' has no words", "write the words");
        }
        StringBuilder key = new StringBuilder(topic).append(':');
        for (Token word : words) {
          key.append(word.keys()[0]).append(' ');
        }
        if (!seen.add(key.toString())) {
          continue; // «الدوري» and «دوري» are one entry: the matcher strips ال
        }
        try {
          b.add(
              phrase,
              new Entry(
                  phrase,
                  topic.toLowerCase(Locale.ROOT),
                  Integer.parseInt(w),
                  "off-topic:" + r.line()));
        } catch (IllegalArgumentException e) {
          throw r.error("phrase", "'" + phrase + "' has no words", "write the words");
        }
      }
    }
    this.matcher = b.build();
    this.version = String.join("+", versions);
  }

  /** The shipped lexicon. */
  public static OffTopicLexicon standard() {
    return Holder.STANDARD;
  }

  /** The shipped lexicon plus user files in the same format (their entries are added). */
  public static OffTopicLexicon withUserFiles(List<Path> files) {
    List<TsvTable> tables = new ArrayList<>();
    tables.add(TsvTable.readResource(RESOURCE, COLUMNS, COLUMNS));
    for (Path p : files) {
      tables.add(TsvTable.read(p, COLUMNS, COLUMNS));
    }
    return new OffTopicLexicon(tables);
  }

  /** The version line(s) of the lexicon file(s), for the provenance. */
  public String version() {
    return version;
  }

  /** How many entries the lexicon holds. */
  public int size() {
    return matcher.size();
  }

  /** The off-topic phrases in tokens {@code [from, to)}, leftmost longest, in text order. */
  public List<Match<Entry>> find(List<Token> tokens, int from, int to) {
    return matcher.findLongest(tokens, from, to);
  }
}
