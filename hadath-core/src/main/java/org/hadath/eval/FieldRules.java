package org.hadath.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.hadath.dict.Alias;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Location;
import org.hadath.resolve.actor.ActorDictionary;
import org.hadath.resolve.place.Gazetteer;
import org.hadath.resolve.place.Place;
import org.hadath.resolve.place.PlaceKind;
import org.hadath.text.ar.ArabicNormalizer;

/**
 * When a predicted field counts as right. Each rule returns {@link Optional#empty()} when the gold
 * does not code the field (it is then not scored), else whether the prediction is right.
 *
 * <ul>
 *   <li>Names are compared by key: Arabic-normalised ({@link ArabicNormalizer}), lower case,
 *       apostrophes dropped (Dar'a → dara), every run of other non-letters and non-digits one
 *       space, parenthesised parts dropped ("Civilians (Syria)" → "civilians"), the Latin articles
 *       al/el/ar/as/ash/ad/an/at/az/ath dropped as words and the Arabic article ال dropped from
 *       words of more than three letters.
 *   <li>event_type, sub_event_type: exact string.
 *   <li>actor1, actor2: an empty gold list means unidentified or none, and matches no actor or an
 *       actor whose name starts with "Unidentified"; a gold name starting with "Unidentified" means
 *       the same. Otherwise one acceptable name must match the predicted English name or Arabic
 *       name: equal keys, or one key contained in the other as whole words; or it must be, with an
 *       equal key, one of the predicted actor's own strong aliases in the actor dictionary (the
 *       gold "Saudi-led coalition" names the actor hadath calls "Operation Restoring Hope").
 *   <li>fatalities: exact; wounded: exact, where gold null means none reported (predicted must be
 *       empty); civilian_targeting: exact.
 *   <li>admin1: equal keys, or two names of the same first-level unit in the shipped gazetteer's
 *       admin1 table (its ACLED name and its alternate names: "Zawiya" and "Az Zawiyah", "Sirte"
 *       and "Surt", "South Lebanon" and "South" are one unit each). The scorer judges the unit, not
 *       the spelling; names of different units (Sanaa, Amanat al Asimah) never match.
 *   <li>location: the predicted place's key equals or is word-contained in one acceptable name's
 *       key (or vice versa), or both sides have coordinates less than {@value #NEAR_KM} km apart.
 *   <li>event_date: exact, scored only when the gold date is known.
 * </ul>
 */
public final class FieldRules {
  /** Places closer than this count as the same place. */
  public static final double NEAR_KM = 25.0;

  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath");

  private static final String APOSTROPHES = "'’‘`ʿʾ";

  private FieldRules() {}

  /** Whether {@code predicted} gets {@code field} of {@code gold} right; empty if not scored. */
  public static Optional<Boolean> check(Field field, GoldEvent gold, Event predicted) {
    return switch (field) {
      case EVENT_TYPE -> Optional.of(gold.eventType().equals(predicted.eventType()));
      case SUB_EVENT_TYPE -> Optional.of(gold.subEventType().equals(predicted.subEventType()));
      case ACTOR1 -> Optional.of(actor(gold.actor1(), predicted.actor1()));
      case ACTOR2 -> Optional.of(actor(gold.actor2(), predicted.actor2()));
      case FATALITIES -> gold.fatalities().map(f -> f == predicted.fatalities());
      case WOUNDED ->
          gold.woundedCoded()
              ? Optional.of(gold.wounded().equals(predicted.wounded()))
              : Optional.empty();
      case CIVILIAN_TARGETING ->
          gold.civilianTargeting().map(c -> c == predicted.civilianTargeting());
      case ADMIN1 ->
          gold.admin1()
              .map(
                  a ->
                      predicted
                          .location()
                          .map(l -> !l.admin1().isBlank() && sameAdmin1(a, l.admin1()))
                          .orElse(false));
      case LOCATION ->
          gold.location().isEmpty() && !gold.hasCoordinates()
              ? Optional.empty()
              : Optional.of(predicted.location().map(l -> location(gold, l)).orElse(false));
      case DATE -> gold.date().map(d -> predicted.date().map(d::equals).orElse(false));
    };
  }

  /** Whether two admin1 names name the same unit (rules in the class comment). */
  static boolean sameAdmin1(String gold, String predicted) {
    if (key(gold).equals(key(predicted))) {
      return true;
    }
    Gazetteer g = Gazetteer.defaultGazetteer();
    for (Place p : g.named(gold)) {
      if (p.kind() == PlaceKind.ADMIN1 && g.named(predicted).contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the predicted actor is one of the acceptable {@code names}. */
  public static boolean actor(List<String> names, Optional<Actor> predicted) {
    return actor(names, predicted, FieldRules::shippedAliases);
  }

  /** The strong aliases of the shipped dictionary's entry with this id; none for unknown ids. */
  private static List<String> shippedAliases(String id) {
    return ActorDictionary.loadDefault()
        .byId(id)
        .map(e -> e.aliases().stream().filter(a -> !a.weak()).map(Alias::text).toList())
        .orElse(List.of());
  }

  /**
   * Whether the predicted actor is one of the acceptable {@code names}, where {@code aliases} gives
   * the strong dictionary aliases of an actor id.
   */
  public static boolean actor(
      List<String> names, Optional<Actor> predicted, Function<String, List<String>> aliases) {
    boolean goldUnidentified =
        names.isEmpty() || names.stream().allMatch(FieldRules::unidentifiedName);
    boolean predictedUnidentified = predicted.isEmpty() || unidentifiedName(predicted.get().name());
    if (goldUnidentified || predictedUnidentified) {
      return goldUnidentified && predictedUnidentified;
    }
    Actor a = predicted.get();
    for (String n : names) {
      if (same(n, a.name()) || same(n, a.nameAr())) {
        return true;
      }
    }
    for (String alias : aliases.apply(a.id())) {
      String k = key(alias);
      for (String n : names) {
        if (!k.isEmpty() && k.equals(key(n))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean unidentifiedName(String name) {
    return name.isBlank() || name.strip().toLowerCase(Locale.ROOT).startsWith("unidentified");
  }

  private static boolean location(GoldEvent gold, Location l) {
    for (String n : gold.location()) {
      if (same(n, l.name())) {
        return true;
      }
    }
    if (gold.hasCoordinates() && l.latitude().isPresent() && l.longitude().isPresent()) {
      return km(
              gold.latitude().get(),
              gold.longitude().get(),
              l.latitude().get(),
              l.longitude().get())
          < NEAR_KM;
    }
    return false;
  }

  /** Equal keys, or one key inside the other as whole words; blank names never match. */
  static boolean same(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    return ka.equals(kb)
        || (" " + ka + " ").contains(" " + kb + " ")
        || (" " + kb + " ").contains(" " + ka + " ");
  }

  /** The comparison key of a name (rules in the class comment). */
  static String key(String name) {
    String n = ArabicNormalizer.normalize(name);
    StringBuilder sb = new StringBuilder(n.length());
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        sb.append(' ');
      } else if (depth == 0 && APOSTROPHES.indexOf(c) < 0) {
        sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
      }
    }
    StringBuilder out = new StringBuilder(sb.length());
    for (String w : sb.toString().split(" +")) {
      if (w.isEmpty() || ARTICLES.contains(w)) {
        continue;
      }
      String word = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
