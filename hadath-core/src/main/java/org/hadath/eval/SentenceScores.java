package org.hadath.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hadath.model.Event;

/**
 * Detection precision and recall per sentence class.
 *
 * <ul>
 *   <li>A hadath event is ASSAULT when its type is Battles, Explosions/Remote violence or Violence
 *       against civilians, PROTEST when it is Protests or Riots; other types map to no class.
 *   <li>A sentence is predicted as every class one of its events maps to (possibly both, possibly
 *       none).
 *   <li>Per class: true positive = gold class and predicted; false positive = predicted but another
 *       gold class; false negative = gold class and not predicted. Precision, recall, F1 from these
 *       (0 when a denominator is 0).
 * </ul>
 */
public final class SentenceScores {
  public static final List<String> CLASSES = List.of("ASSAULT", "PROTEST");

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int sentences;
  private int withEvent;

  public SentenceScores() {
    for (String c : CLASSES) {
      counts.put(c, new int[4]); // tp, fp, fn, gold
    }
  }

  /** The class of an event type, or null. */
  public static String classOf(String eventType) {
    return switch (eventType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "ASSAULT";
      case "Protests", "Riots" -> "PROTEST";
      default -> null;
    };
  }

  /** The classes {@code events} predict. */
  public static Set<String> predicted(List<Event> events) {
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      String c = classOf(e.eventType());
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Adds one sentence of gold class {@code gold} predicted as {@code predicted}. */
  public void add(String gold, Set<String> predicted) {
    sentences++;
    if (!predicted.isEmpty()) {
      withEvent++;
    }
    for (String c : CLASSES) {
      int[] k = counts.get(c);
      boolean g = c.equals(gold);
      boolean p = predicted.contains(c);
      if (g) {
        k[3]++;
      }
      if (g && p) {
        k[0]++;
      } else if (p) {
        k[1]++;
      } else if (g) {
        k[2]++;
      }
    }
  }

  /** The figures: sentences, sentences with an event, and per class tp/fp/fn/P/R/F1. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentences", sentences);
    m.put("sentences_with_event", withEvent);
    Map<String, Object> classes = new LinkedHashMap<>();
    counts.forEach(
        (c, k) -> {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("gold", k[3]);
          x.put("true_positives", k[0]);
          x.put("false_positives", k[1]);
          x.put("false_negatives", k[2]);
          x.put("precision", Scoreboard.round(precision(k)));
          x.put("recall", Scoreboard.round(recall(k)));
          x.put("f1", Scoreboard.round(f1(k)));
          classes.put(c, x);
        });
    m.put("classes", classes);
    return m;
  }

  /** A fixed-width table, one row per class. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            java.util.Locale.ROOT,
            "%d sentences, %d with a hadath event%n%-10s%8s%8s%8s%8s%12s%12s%12s%n",
            sentences,
            withEvent,
            "class",
            "gold",
            "TP",
            "FP",
            "FN",
            "precision",
            "recall",
            "F1"));
    counts.forEach(
        (c, k) ->
            sb.append(
                String.format(
                    java.util.Locale.ROOT,
                    "%-10s%8d%8d%8d%8d%12s%12s%12s%n",
                    c,
                    k[3],
                    k[0],
                    k[1],
                    k[2],
                    Scoreboard.pct(precision(k)),
                    Scoreboard.pct(recall(k)),
                    Scoreboard.pct(f1(k)))));
    return sb.toString();
  }

  private static double precision(int[] k) {
    return k[0] + k[1] == 0 ? 0 : (double) k[0] / (k[0] + k[1]);
  }

  private static double recall(int[] k) {
    return k[0] + k[2] == 0 ? 0 : (double) k[0] / (k[0] + k[2]);
  }

  private static double f1(int[] k) {
    double p = precision(k);
    double r = recall(k);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
