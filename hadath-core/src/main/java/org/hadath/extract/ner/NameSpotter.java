package org.hadath.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.RoleAnalyzer;
import org.hadath.extract.Roles;
import org.hadath.extract.Trigger;
import org.hadath.model.Actor;
import org.hadath.model.Span;
import org.hadath.text.Token;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.ar.Clitics;
import org.hadath.text.ner.Entity;
import org.hadath.text.ner.EntityType;
import org.hadath.text.ner.NameFlags;
import org.hadath.text.ner.NerModel;

/**
 * Proposes names the dictionaries lack for an event's empty slots; the dictionaries stay
 * authoritative.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>only where needed</b>: the tagger runs on one sentence of an Arabic event (its trigger
 *       is Arabic) only when actor1 or actor2 is still empty or the sentence names no gazetteer
 *       place; never over a whole document.
 *   <li><b>candidates</b>: names that overlap a dictionary actor or the trigger are left out (the
 *       dictionary's reading wins).
 *   <li><b>actors</b>: organisations (ORG) take part in {@link RoleAnalyzer} next to the dictionary
 *       actors, as actors no dictionary knows; an unknown organisation that the role analysis puts
 *       in an empty slot by a syntactic cue (subject of a verb trigger, genitive agent, «من قبل»,
 *       target cue …) is proposed for it. The fallbacks that only go by order in the sentence
 *       (first side, other side) propose nothing. People (PER) are never proposed as actors.
 *   <li><b>place</b>: when the gazetteer placed the event by no name of its own sentence (no place
 *       at all, or only the paragraph's, the dateline's or the document's), the place name (LOC) of
 *       the sentence nearest the trigger is proposed (the location itself is left as it is),
 *       without a leading cue word («قرية», «بلدة», «حي», «مدينة», «منطقة», «مخيم», «ناحية»,
 *       «محافظة»).
 *   <li><b>evidence</b>: each name keeps its span and the rule {@code ner:perceptron/TYPE}, plus
 *       the role rule for actors.
 * </ul>
 *
 * <p>Instances are immutable and shared by all threads.
 */
public final class NameSpotter {
  /** The rule prefix of every proposed name. */
  public static final String RULE = "ner:perceptron";

  private static final Set<String> ORDER_ONLY = Set.of("role:first-side", "role:other-side");

  private static final Set<String> PLACE_CUES = placeCues();

  private final NerModel model;
  private final NameFlags flags;

  public NameSpotter(NerModel model, NameFlags flags) {
    this.model = model;
    this.flags = flags;
  }

  private static final class Holder {
    static final NameSpotter STANDARD =
        new NameSpotter(NerModel.standard(), DictionaryNames.standard());
  }

  /** The shipped model over the shipped dictionaries, loaded on first use. */
  public static NameSpotter standard() {
    return Holder.STANDARD;
  }

  /** The model's description, for provenance. */
  public String version() {
    return model.description();
  }

  private static Set<String> placeCues() {
    Set<String> s = new java.util.HashSet<>();
    for (String w :
        List.of(
            "حي", "قرية", "بلدة", "مدينة", "منطقة", "مخيم", "ناحية", "محافظة", "بلدات", "قرى")) {
      s.add(Clitics.stripArticle(ArabicNormalizer.normalize(w)));
    }
    return Set.copyOf(s);
  }

  /** The sentence last tagged on this thread: its document's tokens (by identity) and range. */
  private record Tagged(List<Token> tokens, int from, int to, List<Entity> names) {}

  /**
   * Several triggers of one sentence ask for its names one after the other; the sentence is tagged
   * once. The cache holds the document's token list strongly, so an identical reference is the same
   * document.
   */
  private final ThreadLocal<Tagged> last = new ThreadLocal<>();

  private List<Entity> tagged(String text, List<Token> tokens, int from, int to) {
    Tagged t = last.get();
    if (t != null && t.tokens() == tokens && t.from() == from && t.to() == to) {
      return t.names();
    }
    List<Entity> names = model.tag(text, tokens, from, to, flags);
    last.set(new Tagged(tokens, from, to, names));
    return names;
  }

  /**
   * The names for the empty slots of the event whose trigger is tokens {@code [trigFirst, trigEnd)}
   * of the sentence {@code [from, to)}.
   *
   * @param hits the dictionary actors of the sentence (speakers and sources already removed)
   * @param needActor1 whether actor1 is empty
   * @param needActor2 whether actor2 is empty
   * @param needPlace whether the gazetteer found no place in the sentence
   */
  public Spotted spot(
      String text,
      List<Token> tokens,
      int from,
      int to,
      List<ActorHit> hits,
      int trigFirst,
      int trigEnd,
      Trigger trigger,
      ActorLexicon lexicon,
      boolean needActor1,
      boolean needActor2,
      boolean needPlace) {
    if (!(needActor1 || needActor2 || needPlace)
        || trigFirst < from
        || trigFirst >= to
        || tokens.get(trigFirst).kind() != Token.Kind.ARABIC) {
      return Spotted.NONE;
    }
    List<Entity> names = tagged(text, tokens, from, to);
    if (names.isEmpty()) {
      return Spotted.NONE;
    }
    List<Entity> kept = new ArrayList<>(names.size());
    for (Entity e : names) {
      if (!overlaps(e, hits) && (e.endToken() <= trigFirst || e.firstToken() >= trigEnd)) {
        kept.add(e);
      }
    }
    Optional<Spotted.Name> a1 = Optional.empty();
    Optional<Spotted.Name> a2 = Optional.empty();
    if (needActor1 || needActor2) {
      List<ActorHit> all = new ArrayList<>(hits);
      int unknown = 0;
      for (Entity e : kept) {
        if (e.type() == EntityType.ORG) {
          String words = text.substring(e.span().start(), e.span().end());
          Actor a = new Actor(RULE + "#" + unknown++, words, words, 0, "");
          all.add(new ActorHit(e.firstToken(), e.endToken(), e.span(), a, RULE, false, List.of()));
        }
      }
      if (unknown > 0) {
        all.sort(java.util.Comparator.comparingInt(ActorHit::firstToken));
        Roles roles =
            RoleAnalyzer.analyze(tokens, from, to, all, trigFirst, trigEnd, trigger, lexicon);
        if (needActor1) {
          a1 = proposed(roles.actor1(), roles.rule1());
        }
        if (needActor2) {
          a2 = proposed(roles.actor2(), roles.rule2());
        }
      }
    }
    Optional<Spotted.Name> place = Optional.empty();
    if (needPlace) {
      place = nearestPlace(tokens, kept, tokens.get(trigFirst).start());
    }
    return new Spotted(a1, a2, place);
  }

  private static Optional<Spotted.Name> proposed(Optional<ActorHit> hit, String roleRule) {
    if (hit.isEmpty() || !hit.get().rule().equals(RULE) || ORDER_ONLY.contains(roleRule)) {
      return Optional.empty();
    }
    return Optional.of(new Spotted.Name(hit.get().span(), RULE + "/ORG+" + roleRule));
  }

  private static Optional<Spotted.Name> nearestPlace(
      List<Token> tokens, List<Entity> kept, int trigger) {
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Entity e : kept) {
      if (e.type() != EntityType.LOC) {
        continue;
      }
      int d = e.span().start() >= trigger ? e.span().start() - trigger : trigger - e.span().end();
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int start = best.span().start();
    if (best.endToken() - best.firstToken() > 1 && isPlaceCue(tokens.get(best.firstToken()))) {
      start = tokens.get(best.firstToken() + 1).start();
    }
    return Optional.of(
        new Spotted.Name(new Span(start, best.span().end()), RULE + "/LOC+place:nearest-trigger"));
  }

  private static boolean isPlaceCue(Token t) {
    for (String k : t.keys()) {
      if (PLACE_CUES.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Entity e, List<ActorHit> hits) {
    for (ActorHit h : hits) {
      if (h.firstToken() < e.endToken() && e.firstToken() < h.endToken()) {
        return true;
      }
    }
    return false;
  }
}
