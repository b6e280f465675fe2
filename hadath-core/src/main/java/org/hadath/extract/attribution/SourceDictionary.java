package org.hadath.extract.attribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hadath.dict.Alias;
import org.hadath.dict.AliasIndex;
import org.hadath.dict.ArabicScript;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.dict.Layers;
import org.hadath.dict.TsvTable;
import org.hadath.model.Language;
import org.hadath.text.PhraseMatcher;

/**
 * The curated source (attribution) dictionary: the shipped {@code org/hadath/dict/sources.tsv} plus
 * any user files, loaded once and immutable afterwards (safe to share between threads).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The shipped file first, then each user file in order; a user row replaces the entry with
 *       the same id whole, a new id adds one, and a row whose id is {@code -ID} removes {@code ID}.
 *   <li>An id may appear only once within one file.
 *   <li>A malformed row stops the load with a {@link DictionaryFormatException} naming the file,
 *       line, column and value and saying how to fix it.
 *   <li>{@code speaks_for} names an actor id; whether that actor exists is checked against the
 *       actor dictionary by the caller that uses both (the shipped pair is checked by the test
 *       suite).
 * </ul>
 */
public final class SourceDictionary {

  /** The class-path resource of the shipped dictionary. */
  public static final String DEFAULT_RESOURCE = "/org/hadath/dict/sources.tsv";

  static final Set<String> REQUIRED =
      Set.of("id", "name", "name_ar", "type", "partisan", "category");
  static final Set<String> KNOWN =
      Set.of(
          "id",
          "name",
          "name_ar",
          "type",
          "partisan",
          "category",
          "speaks_for",
          "aliases_ar",
          "aliases_en",
          "notes");

  private final List<SourceEntry> entries;
  private final Map<String, SourceEntry> byId;
  private final List<AliasEntry> aliases;
  private final String version;
  private final AliasIndex<SourceEntry> index;

  /** One alias with the entry it names, as handed to a phrase matcher. */
  public record AliasEntry(Alias alias, SourceEntry entry) {}

  private SourceDictionary(List<SourceEntry> entries, String version) {
    this.entries = List.copyOf(entries);
    this.version = version;
    Map<String, SourceEntry> ids = new LinkedHashMap<>();
    List<AliasEntry> a = new ArrayList<>();
    for (SourceEntry e : entries) {
      ids.put(e.id(), e);
      for (Alias alias : e.aliases()) {
        a.add(new AliasEntry(alias, e));
      }
    }
    this.byId = Map.copyOf(ids);
    this.aliases = List.copyOf(a);
    this.index =
        new AliasIndex<>(
            aliases, AliasEntry::alias, AliasEntry::entry, SourceEntry::id, SourceEntry::source);
  }

  /**
   * The single-pass matcher over every alias (Arabic and English, EXACT mode: proclitics and ال are
   * stripped from the text, so «وأكدت مصادر ميدانية» finds «مصادر ميدانية»).
   */
  public PhraseMatcher<SourceEntry> matcher() {
    return index.matcher();
  }

  /** Whether {@code phrase} is a weak alias of {@code entry} (ambiguous alone). */
  public boolean isWeak(SourceEntry entry, String phrase) {
    return index.isWeak(entry, phrase);
  }

  /** The shipped dictionary, loaded on first use and shared afterwards. */
  public static SourceDictionary loadDefault() {
    return Shipped.DICTIONARY;
  }

  /** Loaded on first use (class initialisation is thread-safe) and shared afterwards. */
  private static final class Shipped {
    static final SourceDictionary DICTIONARY = load(List.of());
  }

  /**
   * The shipped dictionary with {@code userFiles} applied on top, in order.
   *
   * @throws DictionaryFormatException if a file is malformed
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static SourceDictionary load(List<Path> userFiles) {
    return build(Layers.read(DEFAULT_RESOURCE, userFiles, REQUIRED, KNOWN));
  }

  /** A dictionary made of {@code files} only, without the shipped one (tests, own curation). */
  public static SourceDictionary loadOnly(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("loadOnly needs at least one dictionary file");
    }
    return build(Layers.read(null, files, REQUIRED, KNOWN));
  }

  private static SourceDictionary build(List<TsvTable> tables) {
    Layers.Merged<SourceEntry> merged =
        Layers.merge(tables, true, "SOHR", "sources.tsv", SourceDictionary::parse);
    return new SourceDictionary(new ArrayList<>(merged.entries().values()), merged.version());
  }

  private static <E extends Enum<E>> E enumValue(
      TsvTable.Row row, String column, E[] values, Function<E, String> code) {
    String v = row.get(column);
    for (E e : values) {
      if (code.apply(e).equals(v)) {
        return e;
      }
    }
    throw row.error(
        column,
        "unknown " + column + " '" + v + "'",
        "Use one of: " + String.join(", ", Arrays.stream(values).map(code).toList()));
  }

  private static SourceEntry parse(TsvTable.Row row, String id) {
    String name = row.get("name");
    if (name.isEmpty()) {
      throw row.error(
          "name", "the name is empty", "Write the English label for reported_by, e.g. 'SOHR'");
    }
    String nameAr = row.get("name_ar");
    if (!ArabicScript.hasArabicLetter(nameAr)) {
      throw row.error(
          "name_ar",
          "the Arabic name '" + nameAr + "' has no Arabic letter",
          "Write the source's Arabic name in Arabic script");
    }
    SourceEntry.Scope scope =
        enumValue(row, "type", SourceEntry.Scope.values(), SourceEntry.Scope::code);
    SourceEntry.Partisan partisan =
        enumValue(row, "partisan", SourceEntry.Partisan.values(), SourceEntry.Partisan::code);
    SourceEntry.Category category =
        enumValue(row, "category", SourceEntry.Category.values(), SourceEntry.Category::code);
    Optional<String> speaksFor = Optional.of(row.get("speaks_for")).filter(s -> !s.isEmpty());
    List<Alias> aliases = new ArrayList<>(row.aliases("aliases_ar", Language.AR));
    aliases.addAll(row.aliases("aliases_en", Language.EN));
    return new SourceEntry(
        id,
        name,
        nameAr,
        scope,
        partisan,
        category,
        speaksFor,
        aliases,
        row.file() + ":" + row.line());
  }

  /** The dictionary's version for provenance: the shipped version plus any user files. */
  public String version() {
    return version;
  }

  /** Every entry, in file order. */
  public List<SourceEntry> entries() {
    return entries;
  }

  /** Every alias with its entry, for building a phrase matcher. */
  public List<AliasEntry> aliases() {
    return aliases;
  }

  /** The entry with this id. */
  public Optional<SourceEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
