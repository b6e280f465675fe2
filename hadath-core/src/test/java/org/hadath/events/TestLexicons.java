package org.hadath.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.TsvTable;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.PlaceLocator;
import org.hadath.extract.Placement;
import org.hadath.extract.SourceHit;
import org.hadath.extract.SourceLexicon;
import org.hadath.model.Actor;
import org.hadath.model.Document;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;
import org.hadath.model.Span;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;

/**
 * Fictional dictionaries for rule tests (Middle-earth actors and places), so that edits to the
 * shipped dictionaries never break a rule test.
 */
final class TestLexicons {
  private TestLexicons() {}

  static List<TsvTable.Row> table(String name, String... columns) {
    Set<String> cols = Set.of(columns);
    return TsvTable.readResource("/org/hadath/golden/" + name, cols, cols).rows();
  }

  static final class Actors implements ActorLexicon {
    private final PhraseMatcher<Actor> matcher;
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Actor> civilians = new HashMap<>();
    private final Map<String, Actor> protesters = new HashMap<>();
    private final Set<String> regular = new java.util.HashSet<>();

    Actors() {
      PhraseMatcher.Builder<Actor> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
      for (TsvTable.Row r :
          table(
              "test-actors.tsv",
              "id",
              "name",
              "name_ar",
              "inter",
              "country",
              "parent",
              "aliases",
              "regular")) {
        Actor a =
            new Actor(
                r.get("id"),
                r.get("name"),
                r.get("name_ar"),
                Integer.parseInt(r.get("inter")),
                r.get("country"));
        if (!r.get("parent").isEmpty()) {
          parent.put(a.id(), r.get("parent"));
        }
        if (r.get("regular").equals("yes")) {
          regular.add(a.id());
        }
        if (a.inter() == 7) {
          civilians.put(a.country(), a);
        }
        if (a.inter() == 6) {
          protesters.put(a.country(), a);
        }
        for (String alias : r.get("aliases").split("\\|")) {
          if (!alias.isBlank()) {
            b.add(alias, a);
          }
        }
      }
      matcher = b.build();
    }

    @Override
    public List<ActorHit> find(List<Token> tokens, int from, int to, Optional<LocalDate> day) {
      List<ActorHit> out = new ArrayList<>();
      for (Match<Actor> m : matcher.findLongest(tokens, from, to)) {
        out.add(
            new ActorHit(
                m.firstToken(),
                m.endToken(),
                m.span(),
                m.value(),
                "actor:test:" + m.value().id(),
                false,
                List.of()));
      }
      return out;
    }

    @Override
    public Optional<Actor> civilians(String country) {
      return Optional.ofNullable(civilians.get(country));
    }

    @Override
    public Optional<Actor> protesters(String country) {
      return Optional.ofNullable(protesters.get(country));
    }

    @Override
    public Optional<Actor> rioters(String country) {
      return Optional.empty();
    }

    @Override
    public Optional<Actor> military(String country, Optional<LocalDate> day) {
      return Optional.empty();
    }

    @Override
    public Actor localize(Actor actor, String country) {
      return actor;
    }

    @Override
    public boolean regularForces(Actor a) {
      return regular.contains(a.id());
    }

    @Override
    public boolean sameSide(Actor a, Actor b) {
      return a.id().equals(b.id())
          || b.id().equals(parent.get(a.id()))
          || a.id().equals(parent.get(b.id()));
    }

    @Override
    public String version() {
      return "test";
    }
  }

  static final class Sources implements SourceLexicon {
    private final PhraseMatcher<String> matcher;

    Sources() {
      PhraseMatcher.Builder<String> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
      for (TsvTable.Row r : table("test-sources.tsv", "phrase", "name")) {
        b.add(r.get("phrase"), r.get("name"));
      }
      matcher = b.build();
    }

    @Override
    public List<SourceHit> find(List<Token> tokens, int from, int to) {
      List<SourceHit> out = new ArrayList<>();
      for (Match<String> m : matcher.findLongest(tokens, from, to)) {
        out.add(
            new SourceHit(
                m.firstToken(),
                m.endToken(),
                m.span(),
                m.value(),
                "source:test:" + m.phrase(),
                "",
                ""));
      }
      return out;
    }

    @Override
    public String version() {
      return "test";
    }
  }

  /** A place: its location, its parent's id and its kind. */
  private record TestPlace(String id, Location location, String parent, String kind) {}

  static final class Places implements PlaceLocator {
    private final PhraseMatcher<TestPlace> matcher;
    private final Map<String, TestPlace> byName = new HashMap<>();

    Places() {
      PhraseMatcher.Builder<TestPlace> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
      for (TsvTable.Row r :
          table(
              "test-places.tsv",
              "id",
              "name",
              "name_ar",
              "kind",
              "admin1",
              "lat",
              "lon",
              "precision",
              "parent",
              "aliases")) {
        Location l =
            new Location(
                r.get("name"),
                "Gondor",
                "GON",
                r.get("admin1"),
                "",
                "",
                Optional.of(Double.parseDouble(r.get("lat"))),
                Optional.of(Double.parseDouble(r.get("lon"))),
                Integer.parseInt(r.get("precision")));
        TestPlace p = new TestPlace(r.get("id"), l, r.get("parent"), r.get("kind"));
        byName.put(l.name(), p);
        for (String alias : r.get("aliases").split("\\|")) {
          b.add(alias, p);
        }
      }
      matcher = b.build();
    }

    @Override
    public Places places(
        Document doc, List<Token> tokens, List<Span> exclude, Set<String> countries) {
      List<Match<TestPlace>> found = new ArrayList<>();
      for (Match<TestPlace> m : matcher.findLongest(tokens)) {
        boolean excluded = false;
        for (Span s : exclude) {
          excluded |= m.span().start() < s.end() && s.start() < m.span().end();
        }
        if (!excluded) {
          found.add(m);
        }
      }
      return (trigger, sentence, paragraph) -> {
        Optional<Placement> p = nearest(found, trigger, sentence, "place:test:sentence");
        return p.isPresent() ? p : nearest(found, trigger, paragraph, "place:test:paragraph");
      };
    }

    private static Optional<Placement> nearest(
        List<Match<TestPlace>> found, Span trigger, Span range, String rule) {
      Match<TestPlace> best = null;
      for (Match<TestPlace> m : found) {
        if (m.span().start() < range.start() || m.span().end() > range.end()) {
          continue;
        }
        if (best == null
            || Math.abs(m.span().start() - trigger.start())
                < Math.abs(best.span().start() - trigger.start())) {
          best = m;
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      TestPlace p = best.value();
      PlaceMention pm =
          new PlaceMention(
              best.span(), Optional.of(p.id()), Optional.empty(), "place:test:" + p.id());
      return Optional.of(new Placement(p.location(), Optional.of(p.id()), List.of(pm), rule));
    }

    @Override
    public boolean within(Placement inner, Placement outer) {
      TestPlace i = byName.get(inner.location().name());
      TestPlace o = byName.get(outer.location().name());
      if (i == null || o == null) {
        return false;
      }
      return i == o
          || o.id().equals(i.parent())
          || (o.kind().equals("admin1") && o.location().admin1().equals(i.location().admin1()));
    }

    @Override
    public String version() {
      return "test";
    }
  }
}
