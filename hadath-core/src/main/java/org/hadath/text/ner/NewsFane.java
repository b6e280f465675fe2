package org.hadath.text.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * Reads the NewsFANE gold corpus (Alotaibi and Lee, COLING 2014; CC BY-SA 3.0) into {@link
 * LabeledSentence}s over hadath's own tokens.
 *
 * <p>Format: UTF-8 (a BOM is skipped), one {@code token<TAB>label} per line, CR LF or LF; labels
 * are {@code O}, {@code B-Class} or {@code I-Class} with 50 fine-grained classes; an empty or
 * whitespace-only line ends a sentence. Tokens may carry a left-to-right mark, which is dropped.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>classes</b>: people (Politician, Athlete, Artist, Other_PER, Religious_PER, Scientist,
 *       Businessperson, Lawyer, Engineer, Police) are {@link EntityType#PER}; organisations
 *       (Government, Non-Governmental, Commercial, Educational, Media, Sports, Religious_ORG,
 *       Medical-Science, Entertainment) {@link EntityType#ORG}; geo-political entities, natural
 *       places and facilities (Nation, Population-Center, State-or-Province, County-or-District,
 *       GPE-Cluster, Continent, Water-Body, Land-Region-Natural, Building-Grounds, Airport, Path,
 *       Subarea-Facility) {@link EntityType#LOC}; the rest (Group — nationalities such as «العرب»
 *       —, vehicles, weapons, works, products, food …) O.
 *   <li><b>clitics</b>: the corpus splits clitics off (و ال…, ان ه); hadath's tokenizer does not.
 *       The sentence is rebuilt as running text: a proclitic token (و ف ب ل ك س) is glued to the
 *       word after it, a pronoun-suffix token (ه ها هم هما هن كم كما نا ي) to the Arabic word
 *       before it, every other token is separated by a space. The rebuilt text is tokenised with
 *       {@link Tokenizer}, so training sees exactly the tokens and features hadath sees at run
 *       time.
 *   <li><b>labels</b>: a token gets the type of the first labelled corpus token inside it, B- when
 *       any of its parts of that type begins a name; an I- that does not continue a name of its
 *       type becomes B-.
 * </ul>
 */
public final class NewsFane {
  private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س");
  private static final Set<String> SUFFIXES =
      Set.of("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي");

  private static final Map<String, EntityType> CLASSES = classes();

  private NewsFane() {}

  private static Map<String, EntityType> classes() {
    Map<String, EntityType> m = new java.util.HashMap<>();
    for (String c :
        List.of(
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
            "Police")) {
      m.put(c, EntityType.PER);
    }
    for (String c :
        List.of(
            "Government",
            "Non-Governmental",
            "Commercial",
            "Educational",
            "Media",
            "Sports",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment")) {
      m.put(c, EntityType.ORG);
    }
    for (String c :
        List.of(
            "Nation",
            "Population-Center",
            "State-or-Province",
            "County-or-District",
            "GPE-Cluster",
            "Continent",
            "Water-Body",
            "Land-Region-Natural",
            "Building-Grounds",
            "Airport",
            "Path",
            "Subarea-Facility")) {
      m.put(c, EntityType.LOC);
    }
    return Map.copyOf(m);
  }

  /** The coarse type of a fine-grained NewsFANE class, empty for classes hadath tags as O. */
  public static Optional<EntityType> typeOf(String fineClass) {
    return Optional.ofNullable(CLASSES.get(fineClass));
  }

  /**
   * Reads a corpus file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if a line is malformed; the message names file and line
   */
  public static List<LabeledSentence> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** Reads a corpus from {@code r}; {@code name} is used in error messages. */
  public static List<LabeledSentence> parse(BufferedReader r, String name) throws IOException {
    List<LabeledSentence> out = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String l = clean(line);
      if (l.isBlank()) {
        flush(forms, tags, out);
        continue;
      }
      int tab = l.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(
            name
                + ":"
                + lineNo
                + ": expected 'token<TAB>label', got '"
                + line
                + "'; fix the line or remove it");
      }
      String form = l.substring(0, tab).strip();
      String tag = l.substring(tab + 1).strip();
      if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-")) {
        throw new IllegalArgumentException(
            name
                + ":"
                + lineNo
                + ": label '"
                + tag
                + "' is not O, B-Class or I-Class; fix the label");
      }
      if (form.isEmpty()) {
        continue; // a token that was only a direction mark
      }
      forms.add(form);
      tags.add(tag);
    }
    flush(forms, tags, out);
    return out;
  }

  private static String clean(String line) {
    StringBuilder sb = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean drop = c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\r';
      if (drop && sb == null) {
        sb = new StringBuilder(line.length());
        sb.append(line, 0, i);
      } else if (!drop && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? line : sb.toString();
  }

  private static void flush(List<String> forms, List<String> tags, List<LabeledSentence> out) {
    if (!forms.isEmpty()) {
      out.add(sentence(forms, tags));
    }
    forms.clear();
    tags.clear();
  }

  /** Rebuilds running text from corpus tokens and labels hadath's tokens of it. */
  static LabeledSentence sentence(List<String> forms, List<String> tags) {
    StringBuilder text = new StringBuilder();
    int n = forms.size();
    int[] start = new int[n];
    int[] end = new int[n];
    boolean glueNext = false;
    for (int j = 0; j < n; j++) {
      String f = forms.get(j);
      boolean suffix =
          afterWord(j, forms) && SUFFIXES.contains(f) && text.length() > 0 && !glueNext;
      if (text.length() > 0 && !glueNext && !suffix) {
        text.append(' ');
      }
      start[j] = text.length();
      text.append(f);
      end[j] = text.length();
      glueNext = PROCLITICS.contains(f) && j + 1 < n && arabic(forms.get(j + 1));
    }
    String s = text.toString();
    List<Token> tokens = Tokenizer.tokenize(s);
    int[] labels = new int[tokens.size()];
    int j = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (j < n && end[j] <= t.start()) {
        j++;
      }
      EntityType type = null;
      boolean begins = false;
      for (int k = j; k < n && start[k] < t.end(); k++) {
        String tag = tags.get(k);
        if (tag.equals("O")) {
          continue;
        }
        EntityType ty = CLASSES.get(tag.substring(2));
        if (ty == null) {
          continue;
        }
        if (type == null) {
          type = ty;
        }
        if (ty == type && tag.startsWith("B-")) {
          begins = true;
        }
      }
      if (type == null) {
        labels[i] = 0;
        continue;
      }
      boolean continues = i > 0 && labels[i - 1] != 0 && EntityType.ofLabel(labels[i - 1]) == type;
      labels[i] = begins || !continues ? type.begin() : type.inside();
    }
    return new LabeledSentence(s, tokens, labels);
  }

  private static boolean afterWord(int j, List<String> forms) {
    return j > 0 && arabic(forms.get(j - 1)) && !PROCLITICS.contains(forms.get(j - 1));
  }

  private static boolean arabic(String f) {
    if (f.isEmpty()) {
      return false;
    }
    char c = f.charAt(0);
    return c >= '\u0600' && c <= '\u06FF';
  }
}
