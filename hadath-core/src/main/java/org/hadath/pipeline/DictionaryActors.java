package org.hadath.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.model.Actor;
import org.hadath.resolve.actor.ActorDictionary;
import org.hadath.resolve.actor.ActorEntry;
import org.hadath.resolve.actor.GenericRole;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;

/** The shipped (or a user's) {@link ActorDictionary} as extraction's {@link ActorLexicon}. */
public final class DictionaryActors implements ActorLexicon {
  private final ActorDictionary dictionary;

  public DictionaryActors(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The dictionary it reads. */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** Over the shipped dictionary, loaded once. */
  public static DictionaryActors standard() {
    return new DictionaryActors(ActorDictionary.loadDefault());
  }

  @Override
  public List<ActorHit> find(List<Token> tokens, int from, int to, Optional<LocalDate> day) {
    List<Match<ActorEntry>> matches = dictionary.matcher().findLongest(tokens, from, to);
    List<ActorHit> out = new ArrayList<>();
    int i = 0;
    while (i < matches.size()) {
      // one phrase may name several entries (periods, countries): take the one that fits the day
      int j = i;
      List<ActorEntry> same = new ArrayList<>();
      while (j < matches.size() && matches.get(j).firstToken() == matches.get(i).firstToken()) {
        same.add(matches.get(j).value());
        j++;
      }
      Match<ActorEntry> m = matches.get(i);
      List<ActorEntry> ranked = ActorDictionary.choose(same, "", day);
      ActorEntry e = ranked.isEmpty() ? same.get(0) : ranked.get(0);
      boolean weak = dictionary.isWeak(e, m.phrase());
      List<Actor> others = new ArrayList<>();
      for (ActorEntry o : ranked) {
        if (o != e) {
          others.add(o.toActor());
        }
      }
      out.add(
          new ActorHit(
              m.firstToken(),
              m.endToken(),
              m.span(),
              e.toActor(),
              "actor:" + e.id(),
              weak,
              others));
      i = j;
    }
    return out;
  }

  @Override
  public Optional<Actor> civilians(String country) {
    if (country.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(dictionary.civilians(country).toActor(country));
  }

  @Override
  public Actor localize(Actor actor, String country) {
    return localize(actor, country, Optional.empty());
  }

  @Override
  public Actor localize(Actor actor, String country, Optional<LocalDate> day) {
    Optional<ActorEntry> e = dictionary.byId(actor.id());
    if (e.isEmpty()) {
      return actor;
    }
    if (e.get().isTemplate()) {
      return dictionary
          .resolve(e.get(), country, Optional.empty())
          .map(r -> r.toActor(country))
          .orElseGet(() -> unnamed(actor));
    }
    Optional<ActorEntry> op = dictionary.actsAs(e.get(), country, day);
    if (op.isPresent()) {
      return op.get().toActor(country); // Saudi forces in Yemen: Operation Restoring Hope
    }
    return e.get().toActor(country);
  }

  /**
   * A generic actor with no country to name, or none the dictionary knows: "Police Forces", not
   * "Police Forces of {country}".
   */
  private static Actor unnamed(Actor template) {
    String name =
        template
            .name()
            .replace(" (" + ActorEntry.COUNTRY_PLACEHOLDER + ")", "")
            .replace(" of " + ActorEntry.COUNTRY_PLACEHOLDER, "")
            .replace(ActorEntry.COUNTRY_PLACEHOLDER, "")
            .strip();
    return new Actor(template.id(), name, template.nameAr(), template.inter(), "");
  }

  /** The country's protesters; with no country, the unnamed template ("Protesters"). */
  @Override
  public Optional<Actor> protesters(String country) {
    if (country.isEmpty()) {
      return dictionary.template(GenericRole.PROTESTERS).map(t -> unnamed(t.toActor()));
    }
    return Optional.of(dictionary.protesters(country).toActor(country));
  }

  /** The country's rioters; with no country, the unnamed template ("Rioters"). */
  @Override
  public Optional<Actor> rioters(String country) {
    if (country.isEmpty()) {
      return dictionary.template(GenericRole.RIOTERS).map(t -> unnamed(t.toActor()));
    }
    return Optional.of(dictionary.rioters(country).toActor(country));
  }

  @Override
  public Optional<Actor> military(String country, Optional<LocalDate> day) {
    Optional<ActorEntry> e =
        day.isPresent() ? dictionary.military(country, day.get()) : dictionary.military(country);
    return e.map(ActorEntry::toActor);
  }

  @Override
  public Optional<Actor> police(String country, Optional<LocalDate> day) {
    Optional<ActorEntry> e =
        day.isPresent() ? dictionary.police(country, day.get()) : dictionary.police(country);
    return e.map(ActorEntry::toActor);
  }

  /** State forces (inter 1) whose entry, or an ancestor's, is a country's army or police. */
  @Override
  public boolean regularForces(Actor a) {
    if (a.inter() != 1) {
      return false;
    }
    Optional<ActorEntry> e = dictionary.byId(a.id());
    if (e.isEmpty()) {
      return true;
    }
    for (ActorEntry x : dictionary.lineage(e.get())) {
      Optional<GenericRole> g = x.generic();
      if (g.isPresent() && (g.get() == GenericRole.MILITARY || g.get() == GenericRole.POLICE)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean sameSide(Actor a, Actor b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    Optional<ActorEntry> ea = dictionary.byId(a.id());
    Optional<ActorEntry> eb = dictionary.byId(b.id());
    if (ea.isEmpty() || eb.isEmpty()) {
      return false;
    }
    return inLineage(ea.get(), b.id()) || inLineage(eb.get(), a.id());
  }

  private boolean inLineage(ActorEntry e, String id) {
    for (ActorEntry x : dictionary.lineage(e)) {
      if (x.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String version() {
    return dictionary.version();
  }
}
