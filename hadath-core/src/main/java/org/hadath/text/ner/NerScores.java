package org.hadath.text.ner;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-span precision, recall and F1 of predicted names against gold names, per type and over all
 * types (micro average). A predicted name counts only when its type and its token range are both
 * those of a gold name.
 */
public final class NerScores {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public NerScores() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted names. */
  public void add(List<Entity> gold, List<Entity> predicted) {
    for (Entity p : predicted) {
      boolean hit = false;
      for (Entity g : gold) {
        hit |=
            g.type() == p.type()
                && g.firstToken() == p.firstToken()
                && g.endToken() == p.endToken();
      }
      counts.get(p.type())[hit ? 0 : 1]++;
    }
    for (Entity g : gold) {
      boolean hit = false;
      for (Entity p : predicted) {
        hit |=
            g.type() == p.type()
                && g.firstToken() == p.firstToken()
                && g.endToken() == p.endToken();
      }
      if (!hit) {
        counts.get(g.type())[2]++;
      }
    }
  }

  /** True positives, false positives and false negatives of {@code type}. */
  public int[] counts(EntityType type) {
    return counts.get(type).clone();
  }

  /** F1 of {@code type}, 0..1. */
  public double f1(EntityType type) {
    int[] c = counts.get(type);
    return f1(c[0], c[1], c[2]);
  }

  /** Micro-averaged F1 over all types, 0..1. */
  public double f1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return f1(tp, fp, fn);
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** A table: one line per type and one for all, with P, R, F1 in percent and the counts. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-5s %7s %7s %7s %6s %6s %6s%n",
            "type",
            "P",
            "R",
            "F1",
            "tp",
            "fp",
            "fn"));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      line(sb, t.name(), c[0], c[1], c[2]);
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    line(sb, "all", tp, fp, fn);
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
    sb.append(
        String.format(
            Locale.ROOT,
            "%-5s %6.1f%% %6.1f%% %6.1f%% %6d %6d %6d%n",
            name,
            p,
            r,
            100 * f1(tp, fp, fn),
            tp,
            fp,
            fn));
  }
}
