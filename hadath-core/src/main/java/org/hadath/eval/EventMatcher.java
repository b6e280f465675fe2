package org.hadath.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hadath.model.Event;

/**
 * Pairs the predicted events of one document with its gold events.
 *
 * <ul>
 *   <li>Similarity of a pair: event_type 2, sub_event_type 1, actor1 1, actor2 0.5, location 1.5,
 *       event_date 1, fatalities 1 (only when the gold reports deaths); a field the gold does not
 *       code adds nothing.
 *   <li>A pair can match only with a similarity of at least {@value #THRESHOLD}: the same event
 *       type, or two other fields (place and date, say) in agreement.
 *   <li>Assignment is greedy by similarity: the best pair first, then the best pair among the
 *       events still free, and so on; ties go to the earlier gold event, then the earlier predicted
 *       one, so the result is deterministic.
 *   <li>Every gold and every predicted event is in at most one pair.
 * </ul>
 */
public final class EventMatcher {
  /** Lowest similarity of a matched pair. */
  public static final double THRESHOLD = 2.0;

  /** A matched pair, by index into the gold and predicted lists. */
  public record Pair(int gold, int predicted, double similarity) {}

  private EventMatcher() {}

  /** The similarity of {@code gold} and {@code predicted} (weights in the class comment). */
  public static double similarity(GoldEvent gold, Event predicted) {
    double s = 0;
    s += weight(Field.EVENT_TYPE, gold, predicted, 2);
    s += weight(Field.SUB_EVENT_TYPE, gold, predicted, 1);
    s += weight(Field.ACTOR1, gold, predicted, 1);
    s += weight(Field.ACTOR2, gold, predicted, 0.5);
    s += weight(Field.LOCATION, gold, predicted, 1.5);
    s += weight(Field.DATE, gold, predicted, 1);
    if (gold.fatalities().orElse(0) > 0) {
      s += weight(Field.FATALITIES, gold, predicted, 1);
    }
    return s;
  }

  private static double weight(Field f, GoldEvent gold, Event predicted, double w) {
    return FieldRules.check(f, gold, predicted).orElse(false) ? w : 0;
  }

  /** The matched pairs, in gold order. */
  public static List<Pair> match(List<GoldEvent> gold, List<Event> predicted) {
    List<Pair> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double s = similarity(gold.get(g), predicted.get(p));
        if (s >= THRESHOLD) {
          candidates.add(new Pair(g, p, s));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Pair::similarity)
            .reversed()
            .thenComparingInt(Pair::gold)
            .thenComparingInt(Pair::predicted));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Pair> out = new ArrayList<>();
    for (Pair c : candidates) {
      if (!goldUsed[c.gold()] && !predUsed[c.predicted()]) {
        goldUsed[c.gold()] = true;
        predUsed[c.predicted()] = true;
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(Pair::gold));
    return out;
  }
}
