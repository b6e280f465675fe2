package org.hadath.resolve.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.Alias;
import org.hadath.dict.AliasIndex;
import org.hadath.dict.ArabicScript;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.dict.Layers;
import org.hadath.dict.TsvTable;
import org.hadath.model.Language;
import org.hadath.text.PhraseMatcher;

/**
 * The curated actor dictionary: the shipped {@code org/hadath/dict/actors.tsv} plus any user files,
 * loaded once and immutable afterwards (safe to share between threads).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Rows are read in file order; the shipped file first, then each user file in the order
 *       given. A user row whose id exists replaces that entry whole; a new id adds an entry; a row
 *       whose id is {@code -ID} removes entry {@code ID} (other fields are ignored).
 *   <li>An id may appear only once within one file.
 *   <li>Every {@code parent} and {@code allies} id must name an entry of the merged dictionary, and
 *       parents must not form a cycle.
 *   <li>A malformed row stops the load with a {@link DictionaryFormatException} naming the file,
 *       line, column and value and saying how to fix it. Nothing is skipped silently.
 *   <li>Two actors are allied when either lists the other in {@code allies}, when one is an
 *       ancestor of the other through {@code parent}, or when an ancestor of one is allied that way
 *       with an ancestor of the other.
 *   <li>State forces keep their home inter code (1) in their own country and are external/other
 *       forces (8) anywhere else, as ACLED codes them ({@link #interIn}).
 *   <li>An actor with an {@code acts_as} operation is coded as that operation when it acts in the
 *       operation's country ({@link #actsAs}); the operation must be another country's.
 *   <li>Generic actors ({@code generic} column) are looked up per country; a country without a row
 *       gets a name made from the role's template ("Civilians (Chad)") where ACLED's name is
 *       systematic; police and military names carry a government period and are never made up.
 * </ul>
 */
public final class ActorDictionary {

  /** The class-path resource of the shipped dictionary. */
  public static final String DEFAULT_RESOURCE = "/org/hadath/dict/actors.tsv";

  static final Set<String> REQUIRED = Set.of("id", "name", "name_ar", "inter", "country", "kind");
  static final Set<String> KNOWN =
      Set.of(
          "id",
          "name",
          "name_ar",
          "inter",
          "country",
          "kind",
          "generic",
          "parent",
          "allies",
          "from",
          "to",
          "acts_as",
          "aliases_ar",
          "aliases_en",
          "notes");

  private final Map<String, ActorEntry> byId;
  private final List<ActorEntry> entries;
  private final Map<GenericRole, ActorEntry> templates;
  private final Map<GenericRole, Map<String, List<ActorEntry>>> generics;
  private final List<AliasEntry> aliases;
  private final Map<String, Set<String>> allies;
  private final String version;
  private final AliasIndex<ActorEntry> index;
  private final Map<String, String> actsAs;

  /** One alias with the entry it names, as handed to a phrase matcher. */
  public record AliasEntry(Alias alias, ActorEntry entry) {}

  private ActorDictionary(List<ActorEntry> entries, String version, Map<String, String> actsAs) {
    this.actsAs = Map.copyOf(actsAs);
    this.entries = List.copyOf(entries);
    this.version = version;
    Map<String, ActorEntry> ids = new LinkedHashMap<>();
    for (ActorEntry e : entries) {
      ids.put(e.id(), e);
    }
    this.byId = Map.copyOf(ids);
    Map<GenericRole, ActorEntry> t = new EnumMap<>(GenericRole.class);
    Map<GenericRole, Map<String, List<ActorEntry>>> g = new EnumMap<>(GenericRole.class);
    List<AliasEntry> a = new ArrayList<>();
    Map<String, Set<String>> al = new HashMap<>();
    for (ActorEntry e : entries) {
      if (e.isTemplate()) {
        t.put(e.generic().orElseThrow(), e);
      } else if (e.generic().isPresent()) {
        g.computeIfAbsent(e.generic().orElseThrow(), k -> new HashMap<>())
            .computeIfAbsent(e.country(), k -> new ArrayList<>())
            .add(e);
      }
      for (Alias alias : e.aliases()) {
        a.add(new AliasEntry(alias, e));
      }
      for (String other : e.allies()) {
        al.computeIfAbsent(e.id(), k -> new HashSet<>()).add(other);
        al.computeIfAbsent(other, k -> new HashSet<>()).add(e.id());
      }
    }
    this.templates = Map.copyOf(t);
    Map<GenericRole, Map<String, List<ActorEntry>>> frozen = new EnumMap<>(GenericRole.class);
    g.forEach(
        (role, byCountry) -> {
          Map<String, List<ActorEntry>> m = new HashMap<>();
          byCountry.forEach((c, list) -> m.put(c, List.copyOf(list)));
          frozen.put(role, Map.copyOf(m));
        });
    this.generics = frozen;
    this.aliases = List.copyOf(a);
    Map<String, Set<String>> alFrozen = new HashMap<>();
    al.forEach((k, v) -> alFrozen.put(k, Set.copyOf(v)));
    this.allies = Map.copyOf(alFrozen);
    this.index =
        new AliasIndex<>(
            aliases, AliasEntry::alias, AliasEntry::entry, ActorEntry::id, ActorEntry::source);
  }

  /**
   * The key a phrase is matched by: the {@code keys[0]} of its tokens (normalised, proclitics and
   * ال removed), joined by spaces. Two aliases with the same key are the same alias.
   */
  public static String matchKey(String phrase) {
    return AliasIndex.matchKey(phrase);
  }

  /** The shipped dictionary, loaded on first use and shared afterwards. */
  public static ActorDictionary loadDefault() {
    return Shipped.DICTIONARY;
  }

  /** Loaded on first use (class initialisation is thread-safe) and shared afterwards. */
  private static final class Shipped {
    static final ActorDictionary DICTIONARY = load(List.of());
  }

  /**
   * The shipped dictionary with {@code userFiles} applied on top, in order.
   *
   * @throws DictionaryFormatException if a file is malformed
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static ActorDictionary load(List<Path> userFiles) {
    return build(Layers.read(DEFAULT_RESOURCE, userFiles, REQUIRED, KNOWN), true);
  }

  /**
   * A dictionary made of {@code files} only, without the shipped one: for tests with fictional
   * actors and for users who curate a complete dictionary of their own.
   */
  public static ActorDictionary loadOnly(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("loadOnly needs at least one dictionary file");
    }
    return build(Layers.read(null, files, REQUIRED, KNOWN), true);
  }

  private static ActorDictionary build(List<TsvTable> tables, boolean firstNeedsVersion) {
    Layers.Merged<ActorEntry> layers =
        Layers.merge(
            tables, firstNeedsVersion, "SYR-MIL-2000", "actors.tsv", ActorDictionary::parse);
    Map<String, ActorEntry> merged = layers.entries();
    Map<String, TsvTable.Row> rowOf = layers.rows();
    String version = layers.version();
    // Cross-references.
    for (ActorEntry e : merged.values()) {
      TsvTable.Row row = rowOf.get(e.id());
      e.parent()
          .ifPresent(
              p -> {
                if (!merged.containsKey(p)) {
                  throw row.error(
                      "parent",
                      "the parent id '" + p + "' names no entry",
                      "Use the id of an existing row, or leave the field empty");
                }
              });
      for (String a : e.allies()) {
        if (!merged.containsKey(a)) {
          throw row.error(
              "allies",
              "the ally id '" + a + "' names no entry",
              "Use ids of existing rows, separated by ' | '");
        }
      }
    }
    for (ActorEntry e : merged.values()) {
      Set<String> seen = new HashSet<>();
      Optional<String> p = Optional.of(e.id());
      while (p.isPresent()) {
        if (!seen.add(p.get())) {
          throw rowOf
              .get(e.id())
              .error(
                  "parent",
                  "the parents of '" + e.id() + "' form a cycle through '" + p.get() + "'",
                  "Make the parent chain end at a row without a parent");
        }
        p = merged.get(p.get()).parent();
      }
    }
    Map<String, String> actsAs = new HashMap<>();
    for (ActorEntry e : merged.values()) {
      TsvTable.Row row = rowOf.get(e.id());
      String op = row.get("acts_as");
      if (op.isEmpty()) {
        continue;
      }
      ActorEntry target = merged.get(op);
      if (target == null) {
        throw row.error(
            "acts_as",
            "the acts_as id '" + op + "' names no entry",
            "Use the id of the operation row the actor is coded as, or leave the field empty");
      }
      if (target.country().isEmpty() || target.country().equals(e.country())) {
        throw row.error(
            "acts_as",
            "the operation '" + op + "' has no country or is in the actor's own country",
            "acts_as names an operation in another country (Operation Restoring Hope, Yemen)");
      }
      actsAs.put(e.id(), op);
    }
    return new ActorDictionary(new ArrayList<>(merged.values()), version, actsAs);
  }

  private static ActorEntry parse(TsvTable.Row row, String id) {
    String name = row.get("name");
    if (name.isEmpty()) {
      throw row.error("name", "the name is empty", "Write the ACLED-style English name");
    }
    String nameAr = row.get("name_ar");
    if (!ArabicScript.hasArabicLetter(nameAr)) {
      throw row.error(
          "name_ar",
          "the Arabic name '" + nameAr + "' has no Arabic letter",
          "Write the actor's Arabic name in Arabic script");
    }
    int inter;
    try {
      inter = Integer.parseInt(row.get("inter"));
    } catch (NumberFormatException ex) {
      inter = -1;
    }
    if (inter < 1 || inter > 8) {
      throw row.error(
          "inter",
          "the inter code '" + row.get("inter") + "' is not a number from 1 to 8",
          "Use ACLED's codes: 1 state forces, 2 rebel groups, 3 political militias, "
              + "4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other");
    }
    String country = row.get("country");
    ActorKind kind =
        ActorKind.fromCode(row.get("kind"))
            .orElseThrow(
                () ->
                    row.error(
                        "kind",
                        "unknown kind '" + row.get("kind") + "'",
                        "Use one of: "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(ActorKind.values())
                                    .map(ActorKind::code)
                                    .toList())));
    Optional<GenericRole> generic = Optional.empty();
    if (!row.get("generic").isEmpty()) {
      generic =
          Optional.of(
              GenericRole.fromCode(row.get("generic"))
                  .orElseThrow(
                      () ->
                          row.error(
                              "generic",
                              "unknown generic role '" + row.get("generic") + "'",
                              "Use one of: "
                                  + String.join(
                                      ", ",
                                      java.util.Arrays.stream(GenericRole.values())
                                          .map(GenericRole::code)
                                          .toList())
                                  + ", or leave it empty for a named actor")));
    }
    boolean template = generic.isPresent() && country.isEmpty();
    if (template && !name.contains(ActorEntry.COUNTRY_PLACEHOLDER)) {
      throw row.error(
          "name",
          "the generic template '" + name + "' has no " + ActorEntry.COUNTRY_PLACEHOLDER,
          "Write the name with the placeholder, e.g. 'Civilians {country}' → "
              + "'Civilians ("
              + ActorEntry.COUNTRY_PLACEHOLDER
              + ")', or give the row a country");
    }
    if (!template && name.contains(ActorEntry.COUNTRY_PLACEHOLDER)) {
      throw row.error(
          "name",
          "the name '"
              + name
              + "' contains "
              + ActorEntry.COUNTRY_PLACEHOLDER
              + " but the row is"
              + " not a generic template",
          "Only rows with a generic role and an empty country are templates; write the country");
    }
    Optional<String> parent = Optional.of(row.get("parent")).filter(s -> !s.isEmpty());
    if (parent.isPresent() && parent.get().equals(id)) {
      throw row.error("parent", "the row names itself as parent", "Leave the field empty");
    }
    List<String> allies = row.list("allies");
    if (allies.contains(id)) {
      throw row.error("allies", "the row lists itself as an ally", "Remove its own id");
    }
    Optional<LocalDate> from = date(row, "from");
    Optional<LocalDate> to = date(row, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw row.error(
          "to",
          "the end date '" + to.get() + "' is before the start date '" + from.get() + "'",
          "Swap the dates or correct one of them");
    }
    List<Alias> aliases = new ArrayList<>(row.aliases("aliases_ar", Language.AR));
    aliases.addAll(row.aliases("aliases_en", Language.EN));
    return new ActorEntry(
        id,
        name,
        nameAr,
        inter,
        country,
        kind,
        generic,
        parent,
        allies,
        from,
        to,
        aliases,
        row.file() + ":" + row.line());
  }

  private static Optional<LocalDate> date(TsvTable.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException ex) {
      throw row.error(
          column,
          "the date '" + v + "' is not an ISO date",
          "Write it as YYYY-MM-DD, e.g. 2024-12-08, or leave it empty for an open end");
    }
  }

  /** The dictionary's version for provenance: the shipped version plus any user files. */
  public String version() {
    return version;
  }

  /** Every entry, in file order (shipped first, user additions after). */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** Every alias with its entry, for building a phrase matcher. */
  public List<AliasEntry> aliases() {
    return aliases;
  }

  /**
   * The single-pass matcher over every alias (Arabic and English, EXACT mode: proclitics and ال are
   * stripped from the text, so «لقوات النظام» finds «قوات النظام»). A phrase shared by several
   * entries yields one match per entry; choose among them with {@link #choose}. Generic templates
   * match too: resolve them with {@link #resolve}.
   */
  public PhraseMatcher<ActorEntry> matcher() {
    return index.matcher();
  }

  /**
   * Whether {@code phrase} (a {@link PhraseMatcher.Match#phrase()}) is a weak alias of {@code
   * entry}: ambiguous alone, to be accepted only with supporting context.
   */
  public boolean isWeak(ActorEntry entry, String phrase) {
    return index.isWeak(entry, phrase);
  }

  /**
   * Of the entries one phrase matched, those that fit an event in {@code eventCountry} on {@code
   * day}, best first: entries whose dates include the day (all when the day is unknown), ranked by
   * country — the event's country first, then international entries (no country), then entries of
   * other countries — and, within a rank, the latest start first.
   */
  public static List<ActorEntry> choose(
      Collection<ActorEntry> candidates, String eventCountry, Optional<LocalDate> day) {
    return selectByDate(candidates, day).stream()
        .sorted(
            Comparator.comparingInt(
                (ActorEntry e) ->
                    e.country().equals(eventCountry) ? 0 : e.country().isEmpty() ? 1 : 2))
        .toList();
  }

  /**
   * The operation {@code entry} is coded as when it acts in {@code eventCountry}: its {@code
   * acts_as} entry when that operation belongs to {@code eventCountry} and is active on {@code day}
   * (any day when empty) — ACLED codes Saudi forces fighting in Yemen as "Operation Restoring
   * Hope".
   */
  public Optional<ActorEntry> actsAs(
      ActorEntry entry, String eventCountry, Optional<LocalDate> day) {
    String op = actsAs.get(entry.id());
    if (op == null || eventCountry.isEmpty()) {
      return Optional.empty();
    }
    ActorEntry target = byId.get(op);
    if (!target.country().equals(eventCountry) || !day.map(target::activeOn).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /** The entry with this id. */
  public Optional<ActorEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The entry's parent, if it has one. */
  public Optional<ActorEntry> parentOf(ActorEntry entry) {
    return entry.parent().map(byId::get);
  }

  /** The entry's parent, if the id names an entry that has one. */
  public Optional<ActorEntry> parentOf(String id) {
    return byId(id).flatMap(this::parentOf);
  }

  /** The entry followed by its parent, its parent's parent, … */
  public List<ActorEntry> lineage(ActorEntry entry) {
    List<ActorEntry> out = new ArrayList<>();
    Optional<ActorEntry> e = Optional.of(entry);
    while (e.isPresent()) {
      out.add(e.get());
      e = parentOf(e.get());
    }
    return out;
  }

  /**
   * Whether {@code a} and {@code b} fight on the same side: an explicit alliance between them or
   * between any of their ancestors, or one being an ancestor of the other. An actor is not its own
   * ally.
   */
  public boolean isAllied(ActorEntry a, ActorEntry b) {
    if (a.id().equals(b.id())) {
      return false;
    }
    List<ActorEntry> la = lineage(a);
    List<ActorEntry> lb = lineage(b);
    for (ActorEntry x : la) {
      for (ActorEntry y : lb) {
        if (x.id().equals(y.id())) {
          return true;
        }
        if (allies.getOrDefault(x.id(), Set.of()).contains(y.id())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #isAllied(ActorEntry, ActorEntry)} by id; false when an id names no entry. */
  public boolean isAllied(String a, String b) {
    Optional<ActorEntry> ea = byId(a);
    Optional<ActorEntry> eb = byId(b);
    return ea.isPresent() && eb.isPresent() && isAllied(ea.get(), eb.get());
  }

  /**
   * The ACLED inter code of {@code entry} in an event in {@code eventCountry}: state forces (inter
   * 1) of one country acting in another are external/other forces (8); every other code is kept.
   */
  public static int interIn(ActorEntry entry, String eventCountry) {
    if (entry.inter() == 1
        && !entry.country().isEmpty()
        && !eventCountry.isEmpty()
        && !entry.country().equals(eventCountry)) {
      return 8;
    }
    return entry.inter();
  }

  /**
   * Of several entries matched by one alias, those whose dates include {@code day}; all of them
   * when {@code day} is empty. Entries with the latest start come first, so the current name wins
   * over an old one when no date is known.
   */
  public static List<ActorEntry> selectByDate(
      Collection<ActorEntry> candidates, Optional<LocalDate> day) {
    return candidates.stream()
        .filter(e -> day.map(e::activeOn).orElse(true))
        .sorted(
            Comparator.comparing(
                (ActorEntry e) -> e.from().orElse(LocalDate.MIN), Comparator.reverseOrder()))
        .toList();
  }

  /** The generic template for a role, if the dictionary has one. */
  public Optional<ActorEntry> template(GenericRole role) {
    return Optional.ofNullable(templates.get(role));
  }

  /**
   * The generic actor with {@code role} in {@code country} on {@code day} (any date when empty):
   * the country's row when there is one, otherwise, for roles ACLED names the same way everywhere
   * ({@link GenericRole#nameable()}), an entry made from the role's template with id {@code
   * TEMPLATE-ID@Country}.
   */
  public Optional<ActorEntry> generic(GenericRole role, String country, Optional<LocalDate> day) {
    List<ActorEntry> rows = generics.getOrDefault(role, Map.of()).getOrDefault(country, List.of());
    List<ActorEntry> active = selectByDate(rows, day);
    if (!active.isEmpty()) {
      return Optional.of(active.get(0));
    }
    if (!rows.isEmpty() && day.isPresent()) {
      return Optional.empty();
    }
    if (!role.nameable() || country.isEmpty()) {
      return Optional.empty();
    }
    return template(role).map(t -> instantiate(t, country));
  }

  /**
   * Resolves a matched template to its actor in {@code country}; other entries are returned as is.
   */
  public Optional<ActorEntry> resolve(ActorEntry entry, String country, Optional<LocalDate> day) {
    if (!entry.isTemplate()) {
      return Optional.of(entry);
    }
    return generic(entry.generic().orElseThrow(), country, day);
  }

  private static ActorEntry instantiate(ActorEntry t, String country) {
    return new ActorEntry(
        t.id() + "@" + country,
        t.name().replace(ActorEntry.COUNTRY_PLACEHOLDER, country),
        t.nameAr(),
        t.inter(),
        country,
        t.kind(),
        t.generic(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        t.source());
  }

  private ActorEntry nameable(GenericRole role, String country) {
    return generic(role, country, Optional.empty())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the actor dictionary "
                        + version
                        + " has no template for the generic role '"
                        + role.code()
                        + "'; add a row with generic="
                        + role.code()
                        + " and an empty country"));
  }

  /** "Civilians (X)". */
  public ActorEntry civilians(String country) {
    return nameable(GenericRole.CIVILIANS, country);
  }

  /** "Unidentified Armed Group (X)". */
  public ActorEntry unidentifiedArmedGroup(String country) {
    return nameable(GenericRole.UNIDENTIFIED_ARMED_GROUP, country);
  }

  /** "Protesters (X)". */
  public ActorEntry protesters(String country) {
    return nameable(GenericRole.PROTESTERS, country);
  }

  /** "Rioters (X)". */
  public ActorEntry rioters(String country) {
    return nameable(GenericRole.RIOTERS, country);
  }

  /** The police forces of {@code country} under their current name (latest start). */
  public Optional<ActorEntry> police(String country) {
    return generic(GenericRole.POLICE, country, Optional.empty());
  }

  /** The police forces of {@code country} under the name that applies on {@code day}. */
  public Optional<ActorEntry> police(String country, LocalDate day) {
    return generic(GenericRole.POLICE, country, Optional.of(day));
  }

  /** The military forces of {@code country} under their current name (latest start). */
  public Optional<ActorEntry> military(String country) {
    return generic(GenericRole.MILITARY, country, Optional.empty());
  }

  /** The military forces of {@code country} under the name that applies on {@code day}. */
  public Optional<ActorEntry> military(String country, LocalDate day) {
    return generic(GenericRole.MILITARY, country, Optional.of(day));
  }
}
