package org.hadath.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hadath.extract.ActorHit;
import org.hadath.extract.Casualty;
import org.hadath.extract.Placement;
import org.hadath.extract.SourceHit;
import org.hadath.extract.SubEventType;
import org.hadath.extract.Trigger;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;

/** An event being assembled from the mentions of one or more sentences. Not thread-safe. */
final class Draft {
  /** A trigger that took part, with its words. */
  record TriggerUse(Trigger trigger, SubEventType type, Span span, String rule) {}

  final List<TriggerUse> triggers = new ArrayList<>();
  SubEventType type;
  Trigger main;
  ActorHit actor1;
  String actor1Rule = "";
  final List<ActorHit> assoc1 = new ArrayList<>();
  ActorHit actor2;
  String actor2Rule = "";
  final List<ActorHit> assoc2 = new ArrayList<>();

  /** The one agent the report's other events of this sub-event type share, if any. */
  ActorHit documentAgent;

  Placement place;

  /** Names no dictionary knows, proposed for the slots left empty (never resolved actors). */
  org.hadath.extract.ner.Spotted names = org.hadath.extract.ner.Spotted.NONE;

  TimeMention time;
  final List<Casualty> casualties = new ArrayList<>();
  final List<SourceHit> sources = new ArrayList<>();
  int firstSentence;
  int lastSentence;
  int paragraph;

  boolean frameOnly() {
    for (TriggerUse t : triggers) {
      if (!t.trigger().has(Trigger.Flag.FRAME)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a protest word (not only force against one) took part in this draft. */
  boolean reportsProtest() {
    for (TriggerUse t : triggers) {
      if (t.trigger().has(Trigger.Flag.PROTEST)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the draft is a demonstration: a protest or a riot. */
  boolean demonstration() {
    String e = type.eventType();
    return e.equals("Protests") || e.equals("Riots");
  }

  Optional<ActorHit> actor1() {
    return Optional.ofNullable(actor1);
  }

  /**
   * A battle and the shelling exchanged in it are one event, which ACLED codes as an armed clash:
   * when the draft has a specific clash trigger and no civilian victims, the clash names it.
   */
  void preferBattle() {
    if (!type.name().equals("Shelling/artillery/missile attack")) {
      return;
    }
    for (Casualty c : casualties) {
      if (c.group().civilian()) {
        return;
      }
    }
    for (TriggerUse t : triggers) {
      if (t.type().name().equals("Armed clash") && !t.trigger().has(Trigger.Flag.FRAME)) {
        main = t.trigger();
        type = t.type();
        return;
      }
    }
  }

  /**
   * A demonstration in which the demonstrators themselves are violent is a riot, as ACLED codes it,
   * even when force was also used against them: when a protest draft took in a sentence of the
   * demonstrators' violence (riot, stones, Molotov cocktails, burning tyres), that trigger names
   * it.
   */
  void preferRiot() {
    if (!type.eventType().equals("Protests")) {
      return;
    }
    for (TriggerUse t : triggers) {
      String base = t.trigger().type().name();
      if (t.type().eventType().equals("Riots")
          && (base.equals("Violent demonstration") || base.equals("Mob violence"))) {
        main = t.trigger();
        type = t.type();
        return;
      }
    }
  }

  /** Takes {@code t} as the main trigger when it is more specific than the current one. */
  void offer(TriggerUse t) {
    triggers.add(t);
    if (main == null || better(t, main, type)) {
      main = t.trigger();
      type = t.type();
    }
  }

  private static boolean better(TriggerUse t, Trigger current, SubEventType currentType) {
    boolean frame = t.trigger().has(Trigger.Flag.FRAME);
    boolean currentFrame = current.has(Trigger.Flag.FRAME);
    if (frame != currentFrame) {
      return !frame;
    }
    if (t.trigger().weight() != current.weight()) {
      return t.trigger().weight() > current.weight();
    }
    return t.type().severity() > currentType.severity();
  }
}
