package org.hadath.events;

import java.util.ArrayList;
import java.util.List;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.PlaceLocator;
import org.hadath.model.Actor;
import org.hadath.model.TimeMention;

/**
 * Joins the candidates of a document that report the same event, as ACLED does: same actors, same
 * place, same day.
 *
 * <p>Rules: a candidate joins an earlier event when nothing conflicts and something links them.
 *
 * <ul>
 *   <li><b>type</b> conflicts when both have specific triggers of different event types; a frame
 *       («عملية عسكرية», "offensive") conflicts with nothing, and an armed clash and shelling
 *       without civilian victims are one battle (named "Armed clash"); a protest and a riot told in
 *       consecutive sentences are one demonstration that turned violent: a riot (ACLED: a
 *       demonstration is a riot when the demonstrators are violent).
 *   <li><b>actor</b> conflicts when both name an actor1 and neither is the other, on the other's
 *       side (associated with it here, or part of it by the dictionary), or, in a battle (a clash
 *       or the shelling of fighters, one of them a clash), the other's actor2: one battle told from
 *       both sides; state forces (inter 1) meeting a demonstration reported before them conflict
 *       with no one: they become its actor2.
 *   <li><b>day</b> conflicts when both give a day and the days differ, or, unresolved (no
 *       publication date), their weekdays or their relative days («أمس», «أول أمس», "today")
 *       differ.
 *   <li><b>place</b> conflicts when both are placed and neither place lies within the other.
 *   <li><b>link</b>: the same actor1, or the same place, or the same day for the same event type,
 *       or, in the same or the next paragraph, one of them is a frame or the later one names
 *       neither actor nor place (a bare mention of the same kind of event).
 *   <li><b>same kind again</b>: a later draft without actors whose trigger words are all of kinds
 *       the earlier event already holds («خلال المواجهات» after «مواجهات بين محتجين وقوى الأمن»)
 *       mentions that event again, even where the earlier one was retyped (a riot), in the same or
 *       the next paragraph.
 * </ul>
 */
final class Merger {
  private Merger() {}

  static List<Draft> merge(
      List<Draft> drafts, ActorLexicon actors, PlaceLocator places, String text) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft target = null;
      for (int i = out.size() - 1; i >= 0; i--) {
        Draft e = out.get(i);
        if (compatible(e, d, actors, places, text) && linked(e, d, actors, places)) {
          target = e;
          break;
        }
      }
      if (target == null) {
        out.add(d);
      } else {
        absorb(target, d, actors);
      }
    }
    return out;
  }

  private static boolean compatible(
      Draft e, Draft d, ActorLexicon actors, PlaceLocator places, String text) {
    if (!e.frameOnly()
        && !d.frameOnly()
        && !e.type.eventType().equals(d.type.eventType())
        && !battleWithShelling(e, d)
        && !demonstrationTurned(e, d)
        && !sameKindAgain(e, d)) {
      return false;
    }
    if (e.actor1 != null
        && d.actor1 != null
        && !forceMeetingDemonstration(e, d)
        && !sameSide(e, d.actor1.actor(), actors)
        && !sameSide(d, e.actor1.actor(), actors)
        && !sidesReversed(e, d, actors)
        && !(e.demonstration()
            && d.demonstration()
            && demonstrator(e.actor1.actor()) != demonstrator(d.actor1.actor()))) {
      return false;
    }
    if (e.time != null && d.time != null && !sameDay(e.time, d.time, text)) {
      return false;
    }
    if (e.place != null
        && d.place != null
        && !places.within(e.place, d.place)
        && !places.within(d.place, e.place)) {
      return false;
    }
    return true;
  }

  /**
   * A battle and the shelling exchanged in it are one event, as ACLED codes them: an armed clash
   * and a shelling without civilian victims may join.
   */
  private static boolean battleWithShelling(Draft e, Draft d) {
    return (isBattle(e) && isShellingOfFighters(d)) || (isBattle(d) && isShellingOfFighters(e));
  }

  /**
   * A battle told from both sides: the later one's actor1 is the earlier one's actor2 (or the other
   * way round) and they fight one battle (an armed clash and the shelling it answers: "X fired
   * mortar shells at Y. Y responded to the fire"), or one change of territory (X took the town from
   * Y; Y withdrew).
   */
  private static boolean sidesReversed(Draft e, Draft d, ActorLexicon actors) {
    boolean battles = e.type.eventType().equals("Battles") && d.type.eventType().equals("Battles");
    boolean clashAndShelling =
        (isBattle(e) || isBattle(d))
            && (isBattle(e) || isShellingOfFighters(e))
            && (isBattle(d) || isShellingOfFighters(d));
    if (!battles && !clashAndShelling) {
      return false;
    }
    return (e.actor2 != null && actors.sameSide(e.actor2.actor(), d.actor1.actor()))
        || (d.actor2 != null && actors.sameSide(d.actor2.actor(), e.actor1.actor()));
  }

  /**
   * Both are demonstrations, the earlier one led by non-state actors and the later one by a state
   * force: the force meeting the demonstration reported before it.
   */
  private static boolean forceMeetingDemonstration(Draft e, Draft d) {
    return e.demonstration()
        && d.demonstration()
        && d.actor1.actor().inter() == 1
        && e.actor1.actor().inter() != 1;
  }

  private static boolean isBattle(Draft d) {
    return d.type.name().equals("Armed clash");
  }

  private static boolean isShellingOfFighters(Draft d) {
    if (!d.type.name().equals("Shelling/artillery/missile attack")) {
      return false;
    }
    for (org.hadath.extract.Casualty c : d.casualties) {
      if (c.group().civilian()) {
        return false;
      }
    }
    return d.actor2 == null || d.actor2.actor().inter() != 7;
  }

  /**
   * A protest and a riot told in consecutive sentences, the later one in the same place or
   * unplaced: one demonstration that turned violent.
   */
  private static boolean demonstrationTurned(Draft e, Draft d) {
    return e.demonstration()
        && d.demonstration()
        && !e.type.eventType().equals(d.type.eventType())
        && d.firstSentence == e.lastSentence + 1;
  }

  private static boolean linked(Draft e, Draft d, ActorLexicon actors, PlaceLocator places) {
    if (demonstrationTurned(e, d)) {
      return true;
    }
    if (e.actor1 != null && d.actor1 != null) {
      return true; // compatible and both named: the same side
    }
    if (e.place != null && d.place != null) {
      return true; // compatible and both placed: the same place
    }
    boolean sameType = e.type.eventType().equals(d.type.eventType());
    if (sameType && e.time != null && d.time != null && e.time.date().isPresent()) {
      return true; // compatible and both dated: the same day
    }
    boolean bare = d.actor1 == null && d.place == null;
    return (e.frameOnly() || d.frameOnly() || (bare && sameType) || sameKindAgain(e, d))
        && d.paragraph - e.paragraph <= 1;
  }

  /**
   * The later draft names no actor and only words of a kind the earlier event already holds
   * («مواجهات بين محتجين وقوى الأمن» … «سقطوا خلال المواجهات»): it mentions that event again, even
   * where the earlier one was retyped (a clash with protesters is a riot).
   */
  private static boolean sameKindAgain(Draft e, Draft d) {
    if (d.actor1 != null || d.actor2 != null) {
      return false;
    }
    for (Draft.TriggerUse t : d.triggers) {
      boolean held = false;
      for (Draft.TriggerUse u : e.triggers) {
        held |= u.trigger().type().equals(t.trigger().type());
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSide(Draft e, Actor a, ActorLexicon actors) {
    if (actors.sameSide(e.actor1.actor(), a)) {
      return true;
    }
    for (ActorHit h : e.assoc1) {
      if (actors.sameSide(h.actor(), a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameDay(TimeMention a, TimeMention b, String text) {
    if (a.date().isPresent() && b.date().isPresent()) {
      return a.date().get().equals(b.date().get());
    }
    if (a.date().isPresent() || b.date().isPresent()) {
      return false;
    }
    // unresolved (no publication date): compare the words, weekday with weekday and relative day
    // with relative day («أمس» and «أول أمس», "Thursday night" and "Friday" differ)
    DayWords x = DayWords.of(text, a.span());
    DayWords y = DayWords.of(text, b.span());
    return !(x.weekday() >= 0 && y.weekday() >= 0 && x.weekday() != y.weekday());
  }

  /**
   * The day words of an unresolved time expression: its weekday (0-6, -1 for none) and how many
   * days back it counts from the report (0 today, 1 yesterday, 2 the day before; -1 for none).
   */
  record DayWords(int weekday, int daysBack) {
    private static final String[][] WEEKDAYS = {
      {"monday", "اثنين"},
      {"tuesday", "ثلاثاء"},
      {"wednesday", "اربعاء"},
      {"thursday", "خميس"},
      {"friday", "جمعه"},
      {"saturday", "سبت"},
      {"sunday", "احد"}
    };

    static DayWords of(String text, org.hadath.model.Span span) {
      String s =
          org.hadath.text.ar.ArabicNormalizer.normalize(
                  text.substring(Math.max(0, span.start()), Math.min(text.length(), span.end())))
              .toLowerCase(java.util.Locale.ROOT);
      int weekday = -1;
      for (int i = 0; i < WEEKDAYS.length; i++) {
        if (s.contains(WEEKDAYS[i][0]) || s.contains(WEEKDAYS[i][1])) {
          weekday = i;
        }
      }
      int back = -1;
      if (s.contains("اول امس") || s.contains("قبل يومين") || s.contains("day before yesterday")) {
        back = 2;
      } else if (s.contains("امس") || s.contains("yesterday")) {
        back = 1;
      } else if (s.contains("اليوم") || s.contains("today") || s.contains("tonight")) {
        back = 0;
      }
      return new DayWords(weekday, back);
    }
  }

  private static void absorb(Draft e, Draft d, ActorLexicon actors) {
    e.names = e.names.or(d.names);
    boolean battle = battleWithShelling(e, d);
    boolean turned = demonstrationTurned(e, d);
    org.hadath.extract.Trigger keptMain = e.main;
    org.hadath.extract.SubEventType keptType = e.type;
    for (Draft.TriggerUse t : d.triggers) {
      e.offer(t);
    }
    if (turned && e.type.eventType().equals("Riots") && !keptType.eventType().equals("Riots")) {
      // the protest stays a protest unless the demonstrators' own violence is told (preferRiot)
      e.main = keptMain;
      e.type = keptType;
    }
    if (e.actor1 == null && d.actor1 != null) {
      e.actor1 = d.actor1;
      e.actor1Rule = d.actor1Rule;
    }
    addAll(e.assoc1, d.assoc1, e.actor1);
    if (d.actor1 != null
        && e.actor1 != null
        && !d.actor1.actor().id().equals(e.actor1.actor().id())) {
      if (!sameSide(e, d.actor1.actor(), actors)) {
        // the force that met the demonstration (or the demonstrators it met) is the other side
        if (e.actor2 == null) {
          e.actor2 = d.actor1;
          e.actor2Rule = d.actor1Rule + "+demonstration-counterpart";
        }
      } else {
        addAll(e.assoc1, List.of(d.actor1), e.actor1);
      }
    }
    if (e.actor2 == null && d.actor2 != null) {
      e.actor2 = d.actor2;
      e.actor2Rule = d.actor2Rule;
    }
    addAll(e.assoc2, d.assoc2, e.actor2);
    if (e.place == null) {
      e.place = d.place;
    } else if (d.place != null && d.place.betterThan(e.place)) {
      e.place = d.place;
    }
    if (e.time == null) {
      e.time = d.time;
    }
    e.casualties.addAll(d.casualties);
    e.sources.addAll(d.sources);
    e.lastSentence = d.lastSentence;
    if (battle) {
      e.preferBattle();
    }
    if (turned) {
      e.preferRiot();
    }
  }

  /** Protesters or rioters (inter 6, 5). */
  private static boolean demonstrator(Actor a) {
    return a.inter() == 5 || a.inter() == 6;
  }

  private static void addAll(List<ActorHit> into, List<ActorHit> more, ActorHit head) {
    for (ActorHit h : more) {
      boolean dup = head != null && head.actor().id().equals(h.actor().id());
      for (ActorHit x : into) {
        dup |= x.actor().id().equals(h.actor().id());
      }
      if (!dup) {
        into.add(h);
      }
    }
  }
}
