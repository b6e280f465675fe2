package org.hadath.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hadath.dict.Alias;
import org.hadath.model.Language;

/**
 * One row of the source (attribution) dictionary, sources.tsv: who a report attributes an event to.
 *
 * @param id stable id, e.g. {@code SOHR}
 * @param name the label written to {@code reported_by}, e.g. "SOHR", "loyalist media", "activists"
 * @param nameAr the Arabic label
 * @param scope how far the source reaches
 * @param partisan whose side the source speaks from
 * @param category what sort of source it is
 * @param speaksFor the actor id a party's own statement speaks for (CENTCOM → US forces)
 * @param aliases Arabic and English forms, without proclitics
 * @param source file and line the row was read from
 */
public record SourceEntry(
    String id,
    String name,
    String nameAr,
    Scope scope,
    Partisan partisan,
    Category category,
    Optional<String> speaksFor,
    List<Alias> aliases,
    String source) {

  public SourceEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAr, "nameAr");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(partisan, "partisan");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(speaksFor, "speaksFor");
    Objects.requireNonNull(source, "source");
    aliases = List.copyOf(aliases);
  }

  /** The Arabic aliases. */
  public List<Alias> aliasesAr() {
    return aliases.stream().filter(a -> a.language() == Language.AR).toList();
  }

  /** The English aliases. */
  public List<Alias> aliasesEn() {
    return aliases.stream().filter(a -> a.language() == Language.EN).toList();
  }

  /** How far a source reaches ({@code type} column). */
  public enum Scope {
    LOCAL,
    NATIONAL,
    INTERNATIONAL;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whose side a source speaks from ({@code partisan} column). */
  public enum Partisan {
    /** No side: wire agencies, monitors, the UN, unnamed witnesses. */
    NONE,
    /** The government of the country, its media and supporters. */
    PRO_GOVERNMENT,
    /** The government's armed or political opponents, their media and supporters. */
    OPPOSITION,
    /** A conflict party speaking for itself (a coalition statement, a group's claim). */
    PARTY;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What sort of source it is ({@code category} column). */
  public enum Category {
    /** A casualty or rights monitor (SOHR, SNHR, Airwars). */
    MONITOR,
    /** A wire or news agency (Reuters, AFP, SANA). */
    AGENCY,
    /** A newspaper, channel or website. */
    MEDIA,
    /** A local reporting network or page (Raqqa is Being Slaughtered Silently, Daraa 24). */
    NETWORK,
    /** An official body or spokesman (a ministry, a military command). */
    OFFICIAL,
    /** A kind of informant named by role (activists, witnesses, a security source). */
    ROLE,
    /** A humanitarian or international organisation (OCHA, the ICRC, the White Helmets). */
    ORGANISATION;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
