package org.hadath.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Event;

/**
 * Place accuracy for gold that codes only where something happened (PITF rows): each document's
 * best-matching predicted event is scored on location and admin1.
 *
 * <ul>
 *   <li>The best-matching event is, among the events with a location, the one whose fatalities
 *       equal the gold's (when the gold has them), then one of an ASSAULT type (Battles,
 *       Explosions/Remote violence, Violence against civilians), then the first in the document.
 *       The gold coordinates never take part in the choice.
 *   <li>location: right when the event's coordinates are less than {@value FieldRules#NEAR_KM} km
 *       from the gold's ({@link FieldRules#check}); a document with no located event is wrong.
 *   <li>admin1: equal keys, scored only where the gold has an admin1.
 *   <li>Rates are over all scored documents (a document without an event counts as a miss), and
 *       location also over the documents with a located event.
 * </ul>
 */
public final class PlaceScores {
  private int documents;
  private int located;
  private int locationRight;
  private int admin1Scored;
  private int admin1Right;

  /** The verdict for one document. */
  public record Verdict(
      Optional<Event> event, boolean locationRight, Optional<Boolean> admin1Right) {}

  /** The event of {@code predicted} scored against {@code gold} (rules in the class comment). */
  public static Optional<Event> best(GoldEvent gold, List<Event> predicted) {
    Event best = null;
    int bestScore = -1;
    for (Event e : predicted) {
      if (e.location().flatMap(l -> l.latitude()).isEmpty()) {
        continue;
      }
      int s = 0;
      if (gold.fatalities().map(f -> f == e.fatalities()).orElse(false)) {
        s += 2;
      }
      if ("ASSAULT".equals(SentenceScores.classOf(e.eventType()))) {
        s += 1;
      }
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Scores one document and adds it to the totals. */
  public Verdict add(GoldEvent gold, List<Event> predicted) {
    documents++;
    Optional<Event> e = best(gold, predicted);
    boolean loc = e.map(x -> FieldRules.check(Field.LOCATION, gold, x).orElse(false)).orElse(false);
    Optional<Boolean> a1 =
        gold.admin1()
            .map(a -> e.flatMap(x -> FieldRules.check(Field.ADMIN1, gold, x)).orElse(false));
    if (e.isPresent()) {
      located++;
    }
    if (loc) {
      locationRight++;
    }
    if (a1.isPresent()) {
      admin1Scored++;
      if (a1.get()) {
        admin1Right++;
      }
    }
    return new Verdict(e, loc, a1);
  }

  /** The diff line(s) of one document, or "" when everything scored is right. */
  public static String diff(GoldDocument d, Verdict v) {
    if (v.locationRight() && v.admin1Right().orElse(true)) {
      return "";
    }
    GoldEvent g = d.events().get(0);
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(d.id()).append(" (").append(d.where()).append(")\n");
    String predicted =
        v.event()
            .map(
                e ->
                    DiffWriter.predictedValue(Field.LOCATION, e)
                        + " ("
                        + DiffWriter.predictedValue(Field.ADMIN1, e)
                        + ")"
                        + e.evidence(Field.LOCATION.key()).stream()
                            .map(x -> " «" + x.text() + "» [" + x.rule() + "]")
                            .reduce("", String::concat))
            .orElse("- (no located event)");
    String distance =
        v.event()
            .flatMap(Event::location)
            .filter(l -> l.latitude().isPresent() && l.longitude().isPresent())
            .map(
                l ->
                    String.format(
                        Locale.ROOT,
                        ", %.0f km off",
                        FieldRules.km(
                            g.latitude().get(),
                            g.longitude().get(),
                            l.latitude().get(),
                            l.longitude().get())))
            .orElse("");
    sb.append("  gold: ")
        .append(DiffWriter.goldValue(Field.LOCATION, g))
        .append(" (")
        .append(g.admin1().orElse("-"))
        .append(") | predicted: ")
        .append(predicted)
        .append(distance)
        .append('\n');
    sb.append("  ").append(d.text().replaceAll("\\s+", " ").strip()).append('\n');
    return sb.toString();
  }

  /** The summary table. */
  public String table() {
    return String.format(
        Locale.ROOT,
        "documents                 %d%n"
            + "with a located event     %d (%s)%n"
            + "location (<= %.0f km)       %s (%d/%d); over located events %s (%d/%d)%n"
            + "admin1                    %s (%d/%d)%n",
        documents,
        located,
        pct(located, documents),
        FieldRules.NEAR_KM,
        pct(locationRight, documents),
        locationRight,
        documents,
        pct(locationRight, located),
        locationRight,
        located,
        pct(admin1Right, admin1Scored),
        admin1Right,
        admin1Scored);
  }

  /** The figures as a map, for {@code --json}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", documents);
    m.put("located", located);
    m.put("location_right", locationRight);
    m.put("admin1_scored", admin1Scored);
    m.put("admin1_right", admin1Right);
    m.put("location", documents == 0 ? 0.0 : (double) locationRight / documents);
    m.put("location_over_located", located == 0 ? 0.0 : (double) locationRight / located);
    m.put("admin1", admin1Scored == 0 ? 0.0 : (double) admin1Right / admin1Scored);
    return m;
  }

  private static String pct(int a, int b) {
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
  }
}
