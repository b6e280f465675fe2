package org.hadath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.dict.TsvTable;

/**
 * The page lexicon ({@code org/hadath/dict/page-lexicon.tsv}, format in the {@code FORMAT.md} next
 * to it), compiled once into hash maps keyed by {@link NameKey name keys}: one lookup per line
 * (whole-line phrases) and one per leading word count (prefix phrases), never one regex per entry.
 *
 * <p>Thread-safe and immutable.
 */
public final class PageLexicon {
  private static final String RESOURCE = "/org/hadath/dict/page-lexicon.tsv";

  /** Longest a line may be, in words, for a {@link Match#PREFIX} phrase to count. */
  static final int PREFIX_MAX_WORDS = 30;

  /** What a lexicon phrase marks. */
  public enum Kind {
    RELATED,
    BOILERPLATE,
    BYLINE_WORD,
    AUTHOR_CUE,
    SITE_WORD,
    DATE_WORD,
    FUNCTION_WORD
  }

  /** How a phrase is matched against a line. */
  public enum Match {
    LINE,
    PREFIX,
    LABEL,
    TOKEN
  }

  private final Map<Match, Map<String, Kind>> phrases;
  private final int maxPhraseWords;
  private final Map<Kind, Set<String>> tokens;
  private final String version;

  private PageLexicon(
      Map<Match, Map<String, Kind>> phrases,
      int maxPhraseWords,
      Map<Kind, Set<String>> tokens,
      String version) {
    this.phrases = phrases;
    this.maxPhraseWords = maxPhraseWords;
    this.tokens = tokens;
    this.version = version;
  }

  private static final class Holder {
    static final PageLexicon BUNDLED = loadBundled();
  }

  /** The lexicon shipped with hadath. */
  public static PageLexicon bundled() {
    return Holder.BUNDLED;
  }

  private static PageLexicon loadBundled() {
    try (InputStream in = PageLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static final Set<String> COLUMNS = Set.of("kind", "match", "phrase");

  /**
   * Parses a lexicon in the page-lexicon.tsv format (the shared {@link TsvTable} format).
   *
   * @param name the file name used in error messages
   * @throws DictionaryFormatException naming the line, the column and what is wrong with it
   */
  public static PageLexicon parse(InputStream in, String name) throws IOException {
    TsvTable table = TsvTable.read(name, in, COLUMNS, COLUMNS);
    Map<Match, Map<String, Kind>> phrases = new EnumMap<>(Match.class);
    for (Match m : Match.values()) {
      phrases.put(m, new HashMap<>());
    }
    Map<Kind, Set<String>> tokens = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      tokens.put(k, new HashSet<>());
    }
    int maxWords = 1;
    for (TsvTable.Row row : table.rows()) {
      Kind kind = parseEnum(Kind.class, row, "kind");
      Match match = parseEnum(Match.class, row, "match");
      String phrase = row.get("phrase");
      List<String> words = NameKey.words(phrase);
      if (words.isEmpty()) {
        throw row.error(
            "phrase", "'" + phrase + "' has no letters or digits", "Write the phrase as pages do");
      }
      String key = String.join(" ", words);
      if (match == Match.TOKEN) {
        if (words.size() != 1) {
          throw row.error(
              "phrase",
              "a token entry must be one word, got '" + phrase + "'",
              "Use match 'prefix' or 'line' for a phrase of several words");
        }
        tokens.get(kind).add(key);
      } else {
        Kind prev = phrases.get(match).put(key, kind);
        if (prev != null && prev != kind) {
          throw row.error(
              "phrase",
              "'" + phrase + "' is already listed as " + prev,
              "Keep one kind per phrase");
        }
        maxWords = Math.max(maxWords, words.size());
      }
    }
    String version = table.requireVersion();
    return new PageLexicon(phrases, maxWords, tokens, version);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, TsvTable.Row row, String column) {
    String value = row.get(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      throw row.error(
          column,
          "unknown " + column + " '" + value + "'",
          "Write one of " + String.join(", ", names));
    }
  }

  /**
   * The kind of phrase that {@code line} is or starts with: a whole-line phrase, a prefix phrase
   * (line of at most {@value #PREFIX_MAX_WORDS} words), or a label phrase followed by a colon or
   * dash. Only the line's first words are read.
   */
  public Optional<Kind> classify(CharSequence line) {
    List<String> words = NameKey.words(line, maxPhraseWords + 1);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (words.size() <= maxPhraseWords) {
      Kind k = phrases.get(Match.LINE).get(String.join(" ", words));
      if (k != null) {
        return Optional.of(k);
      }
    }
    int max = Math.min(maxPhraseWords, words.size());
    StringBuilder sb = new StringBuilder();
    int count = -1; // counted only when a prefix phrase matches
    for (int i = 0; i < max; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words.get(i));
      String key = sb.toString();
      Kind k = phrases.get(Match.PREFIX).get(key);
      if (k != null) {
        if (count < 0) {
          count = NameKey.countWords(line, PREFIX_MAX_WORDS + 1);
        }
        if (count <= PREFIX_MAX_WORDS && (k != Kind.AUTHOR_CUE || count > i + 1)) {
          return Optional.of(k);
        }
      }
      k = phrases.get(Match.LABEL).get(key);
      if (k != null && labelFollows(line, i + 1)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The author cue {@code words} start with, as a count of words, or 0. */
  int authorCueWords(List<String> words) {
    int max = Math.min(maxPhraseWords, words.size() - 1);
    StringBuilder sb = new StringBuilder();
    int found = 0;
    for (int i = 0; i < max; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words.get(i));
      if (phrases.get(Match.PREFIX).get(sb.toString()) == Kind.AUTHOR_CUE) {
        found = i + 1;
      }
    }
    return found;
  }

  /** Whether the whole phrase (its key) is a line phrase of this kind. */
  boolean isLine(String key, Kind kind) {
    return phrases.get(Match.LINE).get(key) == kind;
  }

  /** Whether one word (a {@link NameKey} word) is a token entry of this kind. */
  public boolean isToken(String word, Kind kind) {
    return tokens.get(kind).contains(word);
  }

  /** The lexicon's version line. */
  public String version() {
    return version;
  }

  /** Whether, after the first {@code nWords} words of {@code line}, a ':' or a dash follows. */
  private static boolean labelFollows(CharSequence line, int nWords) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean letter = Character.isLetterOrDigit(c) || NameKey.fold(c) == 0;
      if (letter && !inWord) {
        inWord = true;
        words++;
        if (words > nWords) {
          return false;
        }
      } else if (!letter) {
        inWord = false;
        if (words == nWords && isLabelMark(c)) {
          return true;
        }
      }
    }
    return words == nWords;
  }

  private static boolean isLabelMark(char c) {
    return c == ':' || c == '：' || c == '-' || c == '–' || c == '—' || c == '|';
  }
}
