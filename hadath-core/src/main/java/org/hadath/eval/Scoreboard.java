package org.hadath.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event-level precision, recall and F1 and per-field accuracy over matched events, per language and
 * overall, summed over {@link DocumentScore}s.
 *
 * <ul>
 *   <li>Precision = matched / predicted events; recall = matched / gold events; F1 their harmonic
 *       mean; each is 0 when its denominator is 0.
 *   <li>Field accuracy = right / scored over matched events; a field the gold does not code is not
 *       scored.
 *   <li>Per event type: recall = gold events of that type matched / gold events of that type;
 *       precision = predicted events of that type matched / predicted events of that type.
 *   <li>Resolvable dates (issue 4's measure): of the gold events whose date can be resolved (gold
 *       date not null), how many are matched by a predicted event with exactly that date; an
 *       unmatched gold event counts as a miss. The {@code event_date} field accuracy is the same
 *       count over matched events only.
 *   <li>Groups: each document's language code, and {@code all}.
 * </ul>
 */
public final class Scoreboard {
  /** Counts of one field. */
  public record Tally(int right, int scored) {
    public double accuracy() {
      return scored == 0 ? 0 : (double) right / scored;
    }
  }

  /** Counts of one event type: gold and predicted events of the type, and how many matched. */
  public record TypeCounts(int gold, int goldMatched, int predicted, int predictedMatched) {
    public double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedMatched / predicted;
    }
  }

  /** The figures of one group. */
  public record Metrics(
      int documents,
      int gold,
      int predicted,
      int matched,
      Map<Field, Tally> fields,
      Map<String, TypeCounts> eventTypes,
      Tally resolvableDates) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The figures as plain maps and numbers, for JSON. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", documents);
      m.put("gold_events", gold);
      m.put("predicted_events", predicted);
      m.put("matched", matched);
      m.put("precision", round(precision()));
      m.put("recall", round(recall()));
      m.put("f1", round(f1()));
      Map<String, Object> f = new LinkedHashMap<>();
      for (Map.Entry<Field, Tally> e : fields.entrySet()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("right", e.getValue().right());
        t.put("scored", e.getValue().scored());
        t.put("accuracy", round(e.getValue().accuracy()));
        f.put(e.getKey().key(), t);
      }
      m.put("fields", f);
      Map<String, Object> rd = new LinkedHashMap<>();
      rd.put("right", resolvableDates.right());
      rd.put("gold_with_date", resolvableDates.scored());
      rd.put("accuracy", round(resolvableDates.accuracy()));
      m.put("event_date_resolvable", rd);
      Map<String, Object> types = new LinkedHashMap<>();
      eventTypes.forEach(
          (type, c) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("gold", c.gold());
            t.put("gold_matched", c.goldMatched());
            t.put("recall", round(c.recall()));
            t.put("predicted", c.predicted());
            t.put("predicted_matched", c.predictedMatched());
            t.put("precision", round(c.precision()));
            types.put(type, t);
          });
      m.put("event_types", types);
      return m;
    }
  }

  private static final class Counts {
    int documents;
    int gold;
    int predicted;
    int matched;
    final int[] right = new int[Field.values().length];
    final int[] scored = new int[Field.values().length];
    final Map<String, int[]> types = new TreeMap<>();
    int datedGold;
    int datedRight;

    int[] type(String t) {
      return types.computeIfAbsent(t, k -> new int[4]);
    }

    Metrics metrics() {
      Map<Field, Tally> f = new EnumMap<>(Field.class);
      for (Field x : Field.values()) {
        if (scored[x.ordinal()] > 0) {
          f.put(x, new Tally(right[x.ordinal()], scored[x.ordinal()]));
        }
      }
      Map<String, TypeCounts> t = new LinkedHashMap<>();
      types.forEach((k, v) -> t.put(k, new TypeCounts(v[0], v[1], v[2], v[3])));
      return new Metrics(
          documents, gold, predicted, matched, f, t, new Tally(datedRight, datedGold));
    }
  }

  public static final String ALL = "all";

  private final Map<String, Counts> groups = new TreeMap<>();
  private final Counts all = new Counts();

  /** Adds one document's score. */
  public void add(DocumentScore s) {
    add(groups.computeIfAbsent(s.gold().language().code(), k -> new Counts()), s);
    add(all, s);
  }

  private static void add(Counts c, DocumentScore s) {
    c.documents++;
    c.gold += s.gold().events().size();
    c.predicted += s.predicted().size();
    c.matched += s.matches().size();
    s.gold().events().forEach(g -> c.type(g.eventType())[0]++);
    c.datedGold += (int) s.gold().events().stream().filter(g -> g.date().isPresent()).count();
    s.predicted().forEach(p -> c.type(p.eventType())[2]++);
    for (DocumentScore.Match m : s.matches()) {
      c.type(m.gold().eventType())[1]++;
      c.type(m.predicted().eventType())[3]++;
      if (Boolean.TRUE.equals(m.fields().get(Field.DATE))) {
        c.datedRight++;
      }
      m.fields()
          .forEach(
              (f, right) -> {
                c.scored[f.ordinal()]++;
                if (right) {
                  c.right[f.ordinal()]++;
                }
              });
    }
  }

  /** The groups in order: the languages seen (alphabetical), then {@code all}. */
  public Map<String, Metrics> metrics() {
    Map<String, Metrics> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, v.metrics()));
    out.put(ALL, all.metrics());
    return out;
  }

  /** A fixed-width table: one row per measure, one column per group. */
  public String table() {
    Map<String, Metrics> m = metrics();
    List<String> names = new ArrayList<>(m.keySet());
    StringBuilder sb = new StringBuilder();
    row(sb, "", names.stream().map(n -> n).toList());
    row(sb, "documents", names.stream().map(n -> String.valueOf(m.get(n).documents())).toList());
    row(sb, "gold events", names.stream().map(n -> String.valueOf(m.get(n).gold())).toList());
    row(
        sb,
        "predicted events",
        names.stream().map(n -> String.valueOf(m.get(n).predicted())).toList());
    row(sb, "matched", names.stream().map(n -> String.valueOf(m.get(n).matched())).toList());
    row(sb, "precision", names.stream().map(n -> pct(m.get(n).precision())).toList());
    row(sb, "recall", names.stream().map(n -> pct(m.get(n).recall())).toList());
    row(sb, "F1", names.stream().map(n -> pct(m.get(n).f1())).toList());
    sb.append("field accuracy over matched events (right/scored):\n");
    for (Field f : Field.values()) {
      if (!m.get(ALL).fields().containsKey(f)) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String n : names) {
        Tally t = m.get(n).fields().get(f);
        cells.add(t == null ? "-" : pct(t.accuracy()) + " (" + t.right() + "/" + t.scored() + ")");
      }
      row(sb, "  " + f.key(), cells);
    }
    if (m.get(ALL).resolvableDates().scored() > 0) {
      List<String> cells = new ArrayList<>();
      for (String n : names) {
        Tally t = m.get(n).resolvableDates();
        cells.add(
            t.scored() == 0 ? "-" : pct(t.accuracy()) + " (" + t.right() + "/" + t.scored() + ")");
      }
      sb.append(
          "date exact over gold events whose date can be resolved (issue 4; unmatched = miss):\n");
      row(sb, "  event_date (resolvable)", cells);
    }
    sb.append("by event type, all languages (recall: gold matched/gold; precision: predicted")
        .append(" matched/predicted):\n");
    m.get(ALL)
        .eventTypes()
        .forEach(
            (type, c) ->
                row(
                    sb,
                    "  " + type,
                    List.of(
                        "R " + pct(c.recall()) + " (" + c.goldMatched() + "/" + c.gold() + ")",
                        "P "
                            + pct(c.precision())
                            + " ("
                            + c.predictedMatched()
                            + "/"
                            + c.predicted()
                            + ")")));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, List<String> cells) {
    sb.append(String.format(java.util.Locale.ROOT, "%-30s", label));
    for (String c : cells) {
      sb.append(String.format(java.util.Locale.ROOT, "%20s", c));
    }
    sb.append('\n');
  }

  static String pct(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * v);
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
