package org.hadath.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hadath.extract.Casualty;
import org.hadath.extract.Casualty.VictimGroup;
import org.hadath.model.Document;
import org.hadath.model.Evidence;
import org.hadath.model.Span;

/**
 * The figures for one outcome (killed, wounded) of an event under ACLED's conservative rule; see
 * {@link EventWriter} for the rules.
 */
record Fatalities(int low, Integer high, boolean civilianOnly, List<Casualty> used) {

  static Fatalities of(List<Casualty> all, Casualty.Outcome outcome) {
    List<Casualty> reports = new ArrayList<>();
    List<Casualty> splits = new ArrayList<>(0);
    int shares = 1;
    for (Casualty c : all) {
      if (c.outcome() == outcome && c.splitOnly()) {
        splits.add(c); // "fatalities spread across 3 locations": ACLED divides the toll
        shares = Math.max(shares, c.shares());
      } else if (c.outcome() == outcome && !c.subgroup()) {
        if (c.update()) {
          reports.clear(); // an updated toll replaces what came before
        }
        reports.add(c);
      }
    }
    if (reports.isEmpty()) {
      return new Fatalities(0, null, false, List.of());
    }
    boolean current = false;
    for (Casualty c : reports) {
      current |= !c.earlier();
    }
    if (current) {
      reports.removeIf(Casualty::earlier); // «في حصيلة سابقة»: a later toll replaced it
    }
    if (reports.stream().anyMatch(c -> !c.none())) {
      reports.removeIf(Casualty::none); // "no one was hurt": only where no figure is reported
    }
    Map<VictimGroup, int[]> byGroup = new EnumMap<>(VictimGroup.class);
    boolean openEnded = false;
    Map<VictimGroup, Boolean> figured = new EnumMap<>(VictimGroup.class);
    for (Casualty c : reports) {
      if (!vague(c)) {
        figured.put(group(c), true);
      }
    }
    reports.removeIf(c -> vague(c) && figured.containsKey(group(c))); // "dozens": only if no figure
    for (Casualty c : reports) {
      VictimGroup g = group(c);
      int hi = c.quantity().high() == null ? c.quantity().low() : c.quantity().high();
      openEnded |= c.quantity().high() == null;
      int[] lh = byGroup.get(g);
      if (lh == null) {
        byGroup.put(g, new int[] {c.quantity().low(), hi});
      } else {
        lh[0] = Math.min(lh[0], c.quantity().low());
        lh[1] = Math.max(lh[1], hi);
      }
    }
    int low = 0;
    int high = 0;
    int[] unknown = byGroup.remove(VictimGroup.UNKNOWN);
    for (int[] lh : byGroup.values()) {
      low += lh[0];
      high += lh[1];
    }
    boolean civilianOnly = !byGroup.isEmpty() && unknown == null;
    for (VictimGroup g : byGroup.keySet()) {
      civilianOnly &= g.civilian();
    }
    if (unknown != null) {
      low = Math.max(low, unknown[0]);
      high = Math.max(high, unknown[1]);
    }
    Integer top = openEnded && high == low ? null : high;
    if (shares > 1) {
      low = share(low, shares);
      top = top == null ? null : share(top, shares);
      reports.addAll(splits);
    }
    return new Fatalities(low, top, civilianOnly, reports);
  }

  /**
   * ACLED spreads a split toll ("20 fatalities split up between 3 events") over all the events of
   * its paragraph: each event there that reports no dead of its own takes the figure and the split.
   */
  static void spreadSplits(List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.casualties.stream().noneMatch(Casualty::splitOnly)) {
        continue;
      }
      List<Casualty> killed =
          d.casualties.stream().filter(c -> c.outcome() == Casualty.Outcome.KILLED).toList();
      for (Draft e : drafts) {
        if (e != d
            && e.paragraph == d.paragraph
            && e.casualties.stream().noneMatch(c -> c.outcome() == Casualty.Outcome.KILLED)) {
          e.casualties.addAll(killed);
        }
      }
    }
  }

  /**
   * One event's part of a toll that ACLED spreads evenly over {@code shares} events: the quotient,
   * or one more when most of the events carry one of the remainder (20 over 3 → 7, 7, 6 → 7).
   */
  static int share(int total, int shares) {
    int q = total / shares;
    int r = total % shares;
    return 2 * r > shares ? q + 1 : q;
  }

  private static VictimGroup group(Casualty c) {
    VictimGroup g = c.group();
    return g == VictimGroup.OTHERS || g == VictimGroup.PERSON ? VictimGroup.UNKNOWN : g;
  }

  /** A figure without digits: «عشرات», "dozens" (approximate and open-ended). */
  private static boolean vague(Casualty c) {
    return c.quantity().approximate() && c.quantity().high() == null;
  }

  boolean reported() {
    return !used.isEmpty();
  }

  /**
   * Whether a number was stated: a figure or a statement that there were none, not only a vague
   * amount («العشرات», "dozens"), which ACLED's rule turns into a figure for the dead alone.
   */
  boolean stated() {
    for (Casualty c : used) {
      if (!vague(c) && !c.splitOnly()) {
        return true;
      }
    }
    return false;
  }

  Span victimSpan() {
    for (Casualty c : used) {
      if (c.victims().isPresent() && c.group().civilian()) {
        return c.victims().get();
      }
    }
    return used.get(0).span();
  }

  void evidence(Map<String, List<Evidence>> ev, Document doc, String field, Span trigger) {
    if (used.isEmpty()) {
      EventWriter.add(ev, doc, field, trigger, "fatalities:none-reported");
      return;
    }
    for (Casualty c : used) {
      EventWriter.add(ev, doc, field, c.span(), c.rule());
    }
  }
}
