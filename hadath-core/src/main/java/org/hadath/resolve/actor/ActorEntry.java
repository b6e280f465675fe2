package org.hadath.resolve.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hadath.dict.Alias;
import org.hadath.model.Actor;
import org.hadath.model.Language;

/**
 * One row of the actor dictionary (actors.tsv; the columns are documented in FORMAT.md next to it).
 *
 * @param id stable id, e.g. {@code SYR-MIL-2000}; never reused for another actor
 * @param name the ACLED-style English name written to outputs, e.g. "Military Forces of Syria
 *     (2000-2024)"; for a generic template row it contains {@code {country}}
 * @param nameAr the Arabic name written to outputs
 * @param inter the ACLED inter code where the actor is at home (1 state … 8 external/other); see
 *     {@link ActorDictionary#interIn} for state forces acting abroad
 * @param country the ACLED country the actor belongs to, "" for international actors and generic
 *     templates
 * @param kind what sort of actor it is
 * @param generic the generic role, for per-country generic actors and their templates
 * @param parent the id of the organisation this one belongs to (YPG → SDF)
 * @param allies ids of actors this one fights alongside (NDF → the Syrian army)
 * @param from the first day the name applies (inclusive), empty when open
 * @param to the last day the name applies (inclusive), empty when open
 * @param aliases Arabic and English surface forms, without proclitics (و ب ل ف ك ال are stripped by
 *     the tokenizer)
 * @param source where the row was read from: a file and line, for error messages and provenance
 */
public record ActorEntry(
    String id,
    String name,
    String nameAr,
    int inter,
    String country,
    ActorKind kind,
    Optional<GenericRole> generic,
    Optional<String> parent,
    List<String> allies,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<Alias> aliases,
    String source) {

  /** The placeholder a template's name carries for the country: "Civilians ({country})". */
  public static final String COUNTRY_PLACEHOLDER = "{country}";

  public ActorEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameAr, "nameAr");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(generic, "generic");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(source, "source");
    if (inter < 1 || inter > 8) {
      throw new IllegalArgumentException("inter must be 1..8, got " + inter + " for " + id);
    }
    allies = List.copyOf(allies);
    aliases = List.copyOf(aliases);
  }

  /**
   * Whether this is a generic template: a generic role without a country, whose aliases («مدنيين»,
   * «مسلحون مجهولون») stand for the role in any country. Resolve it with {@link
   * ActorDictionary#generic}.
   */
  public boolean isTemplate() {
    return generic.isPresent() && country.isEmpty();
  }

  /** Whether the name applies on {@code day}: {@code from <= day <= to}, open ends always apply. */
  public boolean activeOn(LocalDate day) {
    return from.map(f -> !day.isBefore(f)).orElse(true)
        && to.map(t -> !day.isAfter(t)).orElse(true);
  }

  /** The Arabic aliases. */
  public List<Alias> aliasesAr() {
    return aliases.stream().filter(a -> a.language() == Language.AR).toList();
  }

  /** The English aliases. */
  public List<Alias> aliasesEn() {
    return aliases.stream().filter(a -> a.language() == Language.EN).toList();
  }

  /** The model value written on events, with the inter code the actor has at home. */
  public Actor toActor() {
    return new Actor(id, name, nameAr, inter, country);
  }

  /** The model value written on events, with the inter code it has in {@code eventCountry}. */
  public Actor toActor(String eventCountry) {
    return new Actor(id, name, nameAr, ActorDictionary.interIn(this, eventCountry), country);
  }
}
