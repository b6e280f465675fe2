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
 *       aircraft, warplane, jet, helicopter, drone).
 *   <li><b>suicide</b>: a bomb flagged car-bomb («سيارة مفخخة», «تفجير», "car bomb") becomes
 *       "Suicide bomb" when the sentence names a suicide attacker (انتحاري, انغماسي; suicide).
 *   <li><b>rioting</b>: in a sentence that reports a protest, property destruction, attacks,
 *       clashes and grenades are the protest turning violent: "Violent demonstration".
 *   <li><b>arrests at a protest</b>: in a sentence that reports a protest, arrests are the attempt
 *       to suppress it (ACLED): "Protest with intervention".
 * </ul>
 *
 * <p>Territory sub-types follow who gains and are set when the event is built.
 */
final class TypeRules {
  private static final Set<String> AIRCRAFT =
      Set.of(
          "طيران",
          "طائره",
          "طائرات",
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
  private static final Set<String> SUICIDE =
      Set.of("انتحاري", "انتحاريه", "انتحاريين", "انغماسي", "suicide");

  /** Sub-event types that, in a sentence reporting a protest, describe the protesters' violence. */
  private static final Set<String> RIOTING =
      Set.of("Looting/property destruction", "Attack", "Armed clash", "Grenade");

  private TypeRules() {}

  static SubEventType adjust(
      Trigger t, List<Token> tokens, int from, int to, EventTaxonomy taxonomy, boolean protest) {
    if (protest && RIOTING.contains(t.type().name())) {
      return taxonomy.require("Violent demonstration", "TypeRules");
    }
    if (protest && t.type().name().equals("Arrests")) {
      return taxonomy.require("Protest with intervention", "TypeRules");
    }
    if (t.has(Trigger.Flag.AIR_IF_AIRCRAFT) && mentions(tokens, from, to, AIRCRAFT)) {
      return taxonomy.require("Air/drone strike", "TypeRules");
    }
    if (t.has(Trigger.Flag.CAR_BOMB) && mentions(tokens, from, to, SUICIDE)) {
      return taxonomy.require("Suicide bomb", "TypeRules");
    }
    return t.type();
  }

  private static boolean mentions(List<Token> tokens, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (words.contains(t.norm())) {
        return true;
      }
      for (String k : t.keys()) {
        if (words.contains(k)) {
          return true;
        }
      }
    }
    return false;
  }
}
