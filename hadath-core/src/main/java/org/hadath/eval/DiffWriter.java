package org.hadath.eval;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Evidence;

/**
 * A readable diff of one document's errors: every wrong field of a matched event (gold, predicted,
 * and the predicted evidence: words and rule), every missed gold event and every spurious predicted
 * event, field by field. Documents without errors give an empty string.
 */
public final class DiffWriter {
  private DiffWriter() {}

  /** The diff of {@code s}, or "" when it has no error. */
  public static String diff(DocumentScore s) {
    if (!s.hasErrors()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    GoldDocument g = s.gold();
    sb.append("== ")
        .append(g.id())
        .append(" (")
        .append(g.where())
        .append(", ")
        .append(g.language().code())
        .append(", ")
        .append(s.status())
        .append(s.reason().map(r -> ": " + oneLine(r)).orElse(""))
        .append("): ")
        .append(g.events().size())
        .append(" gold, ")
        .append(s.predicted().size())
        .append(" predicted, ")
        .append(s.matches().size())
        .append(" matched\n");
    for (DocumentScore.Match m : s.matches()) {
      if (m.perfect()) {
        continue;
      }
      sb.append("  WRONG  ").append(summary(m.predicted())).append('\n');
      m.fields()
          .forEach(
              (f, right) -> {
                if (!right) {
                  sb.append(
                      String.format(
                          java.util.Locale.ROOT,
                          "    %-19s gold: %s | predicted: %s%s%n",
                          f.key(),
                          goldValue(f, m.gold()),
                          predictedValue(f, m.predicted()),
                          evidence(m.predicted(), f)));
                }
              });
    }
    for (GoldEvent e : s.missed()) {
      sb.append("  MISSED ").append(goldSummary(e)).append('\n');
    }
    for (Event e : s.spurious()) {
      sb.append("  EXTRA  ").append(summary(e)).append(evidence(e, Field.EVENT_TYPE)).append('\n');
    }
    return sb.toString();
  }

  private static String evidence(Event e, Field f) {
    List<Evidence> ev = e.evidence(f.key());
    if (ev.isEmpty()) {
      return "";
    }
    return ev.stream()
        .map(x -> " «" + oneLine(x.text()) + "» [" + x.rule() + "]")
        .collect(Collectors.joining(",", "  evidence:", ""));
  }

  static String goldValue(Field f, GoldEvent g) {
    return switch (f) {
      case EVENT_TYPE -> g.eventType();
      case SUB_EVENT_TYPE -> g.subEventType();
      case ACTOR1 -> names(g.actor1(), "unidentified");
      case ACTOR2 -> names(g.actor2(), "none");
      case FATALITIES -> g.fatalities().map(String::valueOf).orElse("-");
      case WOUNDED -> g.wounded().map(String::valueOf).orElse("none");
      case CIVILIAN_TARGETING -> g.civilianTargeting().map(String::valueOf).orElse("-");
      case ADMIN1 -> g.admin1().orElse("-");
      case LOCATION ->
          names(g.location(), "-")
              + (g.hasCoordinates()
                  ? String.format(
                      java.util.Locale.ROOT, " @%.4f,%.4f", g.latitude().get(), g.longitude().get())
                  : "");
      case DATE -> g.date().map(Object::toString).orElse("-");
    };
  }

  static String predictedValue(Field f, Event e) {
    return switch (f) {
      case EVENT_TYPE -> e.eventType();
      case SUB_EVENT_TYPE -> e.subEventType();
      case ACTOR1 -> actor(e.actor1());
      case ACTOR2 -> actor(e.actor2());
      case FATALITIES -> String.valueOf(e.fatalities());
      case WOUNDED -> e.wounded().map(String::valueOf).orElse("none");
      case CIVILIAN_TARGETING -> String.valueOf(e.civilianTargeting());
      case ADMIN1 -> e.location().map(l -> l.admin1().isEmpty() ? "\"\"" : l.admin1()).orElse("-");
      case LOCATION ->
          e.location()
              .map(
                  l ->
                      l.name()
                          + (l.latitude().isPresent() && l.longitude().isPresent()
                              ? String.format(
                                  java.util.Locale.ROOT,
                                  " @%.4f,%.4f",
                                  l.latitude().get(),
                                  l.longitude().get())
                              : ""))
              .orElse("-");
      case DATE -> e.date().map(Object::toString).orElse("null");
    };
  }

  private static String actor(Optional<Actor> a) {
    return a.map(x -> x.name() + (x.nameAr().isEmpty() ? "" : " / " + x.nameAr())).orElse("\"\"");
  }

  private static String names(List<String> names, String empty) {
    return names.isEmpty() ? empty : String.join(" | ", names);
  }

  private static String summary(Event e) {
    return e.eventType()
        + " / "
        + e.subEventType()
        + "; actor1 "
        + actor(e.actor1())
        + "; actor2 "
        + actor(e.actor2())
        + "; at "
        + predictedValue(Field.LOCATION, e)
        + " ("
        + predictedValue(Field.ADMIN1, e)
        + "); date "
        + predictedValue(Field.DATE, e)
        + "; fatalities "
        + e.fatalities();
  }

  private static String goldSummary(GoldEvent g) {
    return g.eventType()
        + " / "
        + g.subEventType()
        + "; actor1 "
        + goldValue(Field.ACTOR1, g)
        + "; actor2 "
        + goldValue(Field.ACTOR2, g)
        + "; at "
        + goldValue(Field.LOCATION, g)
        + " ("
        + goldValue(Field.ADMIN1, g)
        + "); date "
        + goldValue(Field.DATE, g)
        + "; fatalities "
        + goldValue(Field.FATALITIES, g);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
