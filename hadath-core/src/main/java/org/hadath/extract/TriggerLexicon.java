package org.hadath.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hadath.dict.TsvTable;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.hadath.text.ar.VerbForms;

/**
 * The trigger lexicons ({@code triggers.ar.tsv}, {@code triggers.en.tsv}) compiled into two
 * single-pass token-trie matchers, one matching by light stem and one by exact normalised form.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Entries in {@code stem} mode match any inflection the light stemmer folds together
 *       (غارة/غارات, clash/clashes); {@code exact} entries match only their own form, with any
 *       proclitics (و ف ب ل ك ال) in front.
 *   <li>An Arabic {@code exact} entry flagged {@code verb} also matches the inflections of its
 *       first word ({@link VerbForms}: «اختطف» → «اختطفوا», «اختطفا»; «أطلقت النار» → «أطلقوا
 *       النار»), unless the lexicon lists that form itself.
 *   <li>Where matches overlap, the longer wins («قصف مدفعي» over «قصف»), then the heavier.
 * </ul>
 */
public final class TriggerLexicon {

  private static final String AR = "/org/hadath/dict/triggers.ar.tsv";
  private static final String EN = "/org/hadath/dict/triggers.en.tsv";
  private static final Set<String> COLUMNS =
      Set.of("phrase", "sub_event_type", "mode", "weight", "flags");

  private static final TriggerLexicon DEFAULT =
      new TriggerLexicon(
          EventTaxonomy.standard(),
          List.of(Lexicons.read(AR, COLUMNS), Lexicons.read(EN, COLUMNS)));

  private final PhraseMatcher<Trigger> stem;
  private final PhraseMatcher<Trigger> exact;
  private final String version;
  private final int size;

  TriggerLexicon(EventTaxonomy taxonomy, List<TsvTable> tables) {
    PhraseMatcher.Builder<Trigger> s = PhraseMatcher.builder(PhraseMatcher.Mode.STEM);
    PhraseMatcher.Builder<Trigger> e = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
    List<String> versions = new ArrayList<>();
    List<Trigger> verbs = new ArrayList<>();
    Set<String> exactPhrases = new java.util.HashSet<>();
    int n = 0;
    for (TsvTable t : tables) {
      versions.add(t.version().orElse("unversioned"));
      String lang = t.file().contains(".en.") ? "en" : t.file().contains(".ar.") ? "ar" : "user";
      for (TsvTable.Row r : t.rows()) {
        Trigger trig = parse(taxonomy, r, "trigger:" + lang + ":" + r.line());
        String mode = Lexicons.required(r, "mode");
        switch (mode) {
          case "stem" -> s.add(trig.phrase(), trig);
          case "exact" -> {
            e.add(trig.phrase(), trig);
            exactPhrases.add(normalised(trig.phrase()));
            if (trig.has(Trigger.Flag.VERB)) {
              verbs.add(trig);
            }
          }
          default ->
              throw r.error("mode", "'" + mode + "' is not a mode", "write 'stem' or 'exact'");
        }
        n++;
      }
    }
    for (Trigger v : verbs) {
      List<Token> words = Tokenizer.tokenize(v.phrase());
      if (words.get(0).kind() != Token.Kind.ARABIC) {
        continue;
      }
      String rest = v.phrase().substring(words.get(0).end());
      for (String form : VerbForms.of(words.get(0).norm())) {
        if (exactPhrases.add(normalised(form + rest))) {
          e.add(form + rest, v);
        }
      }
    }
    this.stem = s.build();
    this.exact = e.build();
    this.version = String.join("+", versions);
    this.size = n;
  }

  private static String normalised(String phrase) {
    StringBuilder b = new StringBuilder();
    for (Token t : Tokenizer.tokenize(phrase)) {
      b.append(t.keys()[0]).append(' ');
    }
    return b.toString();
  }

  /** The shipped lexicons. */
  public static TriggerLexicon standard() {
    return DEFAULT;
  }

  /** The shipped lexicons plus user lexicon files in the same format. */
  public static TriggerLexicon withUserFiles(List<Path> files) {
    List<TsvTable> tables = new ArrayList<>();
    tables.add(Lexicons.read(AR, COLUMNS));
    tables.add(Lexicons.read(EN, COLUMNS));
    for (Path p : files) {
      tables.add(TsvTable.read(p, COLUMNS, COLUMNS));
    }
    return new TriggerLexicon(EventTaxonomy.standard(), tables);
  }

  private static Trigger parse(EventTaxonomy taxonomy, TsvTable.Row r, String rule) {
    String phrase = Lexicons.required(r, "phrase");
    String sub = Lexicons.required(r, "sub_event_type");
    SubEventType type =
        taxonomy
            .find(sub)
            .orElseThrow(
                () ->
                    r.error(
                        "sub_event_type",
                        "'" + sub + "' is not an ACLED sub-event type",
                        "use one of the names in event-types.tsv, spelled exactly"));
    int weight = Lexicons.integer(r, "weight", 1, 10);
    Set<Trigger.Flag> flags = EnumSet.noneOf(Trigger.Flag.class);
    for (String f : r.get("flags").split(",")) {
      if (!f.isBlank()) {
        try {
          flags.add(Trigger.Flag.parse(f));
        } catch (IllegalArgumentException ex) {
          throw r.error(
              "flags",
              "'" + f.strip() + "' is not a flag",
              "use one of " + EnumSet.allOf(Trigger.Flag.class));
        }
      }
    }
    return new Trigger(phrase, type, weight, Set.copyOf(flags), rule);
  }

  /**
   * The triggers in tokens {@code [from, to)}, non-overlapping, in text order: where matches
   * overlap the longer one wins, then the heavier.
   */
  public List<Match<Trigger>> find(List<Token> tokens, int from, int to) {
    List<Match<Trigger>> all = new ArrayList<>(stem.findLongest(tokens, from, to));
    all.addAll(exact.findLongest(tokens, from, to));
    if (all.size() < 2) {
      return all;
    }
    all.sort(
        Comparator.<Match<Trigger>>comparingInt(m -> -(m.endToken() - m.firstToken()))
            .thenComparingInt(m -> -m.value().weight())
            .thenComparingInt(Match::firstToken));
    List<Match<Trigger>> chosen = new ArrayList<>();
    boolean[] taken = new boolean[to - from];
    for (Match<Trigger> m : all) {
      boolean free = true;
      for (int i = m.firstToken(); i < m.endToken() && free; i++) {
        free = !taken[i - from];
      }
      if (free) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
          taken[i - from] = true;
        }
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::firstToken));
    return chosen;
  }

  public String version() {
    return version;
  }

  /** Number of entries. */
  public int size() {
    return size;
  }
}
