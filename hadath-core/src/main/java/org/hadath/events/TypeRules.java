package org.hadath.events;

import java.util.List;
import java.util.Set;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.SubEventType;
import org.hadath.extract.Trigger;
import org.hadath.text.Token;

/**
 * Refines a trigger's sub-event type from its sentence.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>air-if-aircraft</b>: a trigger flagged so («قصف», «استهدف», «هجوم», "attack") becomes
 *       "Air/drone strike" when the sentence names aircraft (طيران, طائرة, مروحية, مسيرة, جوي;
 *       aircraft, warplane, jet, helicopter, drone), other than as the target (after «على»; "at",
 *       "on", "down": «يطلقون النار على الطائرات»).
 *   <li><b>suicide</b>: a bomb flagged car-bomb («سيارة مفخخة», «تفجير», "car bomb") becomes
 *       "Suicide bomb" when the sentence names a suicide attacker (انتحاري, انغماسي; suicide), or
 *       says the vehicle's driver set it off («سائقها هو من فجّر القنبلة»; "the driver detonated").
 *   <li><b>rioting</b>: in a sentence that reports a protest, property destruction, attacks,
 *       clashes and grenades are the protest turning violent: "Violent demonstration".
 *   <li><b>arrests at a protest</b>: where a protest is reported (the sentence, or one before it in
 *       the paragraph), an arrest is the authorities intervening in it: "Protest with intervention"
 *       (ACLED codes arrests of demonstrators so).
 *   <li><b>positions, not territory</b>: a territory trigger whose object is a military position
 *       (مواقع, نقاط, مقر, حاجز, ثكنة; positions, checkpoint, base, headquarters) is the fighting
 *       over it, "Armed clash": ACLED codes a change of territory only for a place.
 * </ul>
 *
 * <p>Territory sub-types follow who gains and are set when the event is built.
 */
final class TypeRules {
  private static final Set<String> AIRCRAFT =
      Set.of(
          "طيران",
          "طايره",
          "طايرات",
          "مقاتلات",
          "مروحيه",
          "مروحيات",
          "مسيره",
          "مسيرات",
          "جوي",
          "جويه",
          "حربي",
          "حربيه",
          "درون",
          "aircraft",
          "airstrike",
          "airstrikes",
          "warplane",
          "warplanes",
          "jet",
          "jets",
          "helicopter",
          "helicopters",
          "drone",
          "drones",
          "air",
          "aerial");

  /** Prepositions after which an aircraft is the target: «على الطائرات», "at the helicopter". */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("علي", "at", "on", "down");

  private static final Set<String> SUICIDE =
      Set.of("انتحاري", "انتحاريه", "انتحاريين", "انغماسي", "suicide");

  /** The driver of a vehicle, who set off the bomb in it: a suicide bomber. */
  private static final Set<String> DRIVER = Set.of("سايق", "سايقها", "سايقه", "driver");

  /** Setting off a bomb. */
  private static final Set<String> DETONATED =
      Set.of("فجر", "فجرها", "فجره", "detonated", "blew", "detonating");

  /** Sub-event types that, in a sentence reporting a protest, describe the protesters' violence. */
  private static final Set<String> RIOTING =
      Set.of("Looting/property destruction", "Attack", "Armed clash", "Grenade");

  /** Objects of a territory trigger that are military positions rather than places. */
  private static final Set<String> POSITIONS =
      Set.of(
          "موقع",
          "مواقع",
          "نقطه",
          "نقاط",
          "مقر",
          "مقرات",
          "حاجز",
          "حواجز",
          "ثكنه",
          "تله",
          "تلال",
          "position",
          "positions",
          "checkpoint",
          "checkpoints",
          "outpost",
          "outposts",
          "headquarters",
          "hill",
          "hills");

  /** Words naming a place as the object: the change is of territory, whatever follows. */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "قريه",
          "مدينه",
          "بلده",
          "حي",
          "منطقه",
          "ناحيه",
          "village",
          "town",
          "city",
          "district",
          "area");

  /**
   * How many tokens after a territory trigger its object may stand, past a verb's subject («سيطرت
   * قوات النظام على أربعة مواقع»).
   */
  private static final int OBJECT_WINDOW = 6;

  private TypeRules() {}

  static SubEventType adjust(
      Trigger t, List<Token> tokens, int from, int to, EventTaxonomy taxonomy, boolean protest) {
    return adjust(t, tokens, from, to, -1, taxonomy, protest, protest);
  }

  /**
   * As {@link #adjust(Trigger, List, int, int, EventTaxonomy, boolean)}, for the trigger ending
   * before token {@code end} (-1: unknown), with {@code protestBefore} telling whether the
   * paragraph reported a protest before this sentence.
   */
  static SubEventType adjust(
      Trigger t,
      List<Token> tokens,
      int from,
      int to,
      int end,
      EventTaxonomy taxonomy,
      boolean protest,
      boolean protestBefore) {
    if (protest && RIOTING.contains(t.type().name())) {
      return taxonomy.require("Violent demonstration", "TypeRules");
    }
    if ((protest || protestBefore) && t.type().name().equals("Arrests")) {
      return taxonomy.require("Protest with intervention", "TypeRules");
    }
    if (t.has(Trigger.Flag.TERRITORY) && end >= 0 && positionObject(tokens, end, to)) {
      return taxonomy.require("Armed clash", "TypeRules");
    }
    if (t.has(Trigger.Flag.AIR_IF_AIRCRAFT) && aircraftAttacking(tokens, from, to)) {
      return taxonomy.require("Air/drone strike", "TypeRules");
    }
    if (t.has(Trigger.Flag.CAR_BOMB)
        && (mentions(tokens, from, to, SUICIDE)
            || (mentions(tokens, from, to, DRIVER) && mentions(tokens, from, to, DETONATED)))) {
      return taxonomy.require("Suicide bomb", "TypeRules");
    }
    return t.type();
  }

  /** Whether a military position is named within a few words after the trigger. */
  private static boolean positionObject(List<Token> tokens, int end, int to) {
    for (int i = end, seen = 0; i < to && seen < OBJECT_WINDOW; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      seen++;
      for (String k : t.keys()) {
        if (PLACE_WORDS.contains(k)) {
          return false;
        }
        if (POSITIONS.contains(k)) {
          return true;
        }
      }
      if (POSITIONS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names aircraft other than as a target: an aircraft word right after «على»
   * or "at", "on", "down" is what is fired at («يطلقون النار على الطائرات», "fired at the
   * helicopter", "shot down a drone"), not what strikes.
   */
  private static boolean aircraftAttacking(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mentions(tokens, i, i + 1, AIRCRAFT)
          && !(i > from && TARGET_PREPOSITIONS.contains(tokens.get(i - 1).norm()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(List<Token> tokens, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isAnyOf(words)) {
        return true;
      }
    }
    return false;
  }
}
