package org.hadath.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Event;

/**
 * How one document's predicted events compare with its gold events.
 *
 * @param status the pipeline's status for the document ({@code processed}, {@code skipped}, {@code
 *     failed}) and its reason, if any
 * @param matches matched pairs with the verdict of every scored field
 * @param missed gold events nothing matched
 * @param spurious predicted events that match no gold event
 */
public record DocumentScore(
    GoldDocument gold,
    List<Event> predicted,
    String status,
    Optional<String> reason,
    List<Match> matches,
    List<GoldEvent> missed,
    List<Event> spurious) {

  /** A gold event, the predicted event matched to it, and the verdict per scored field. */
  public record Match(GoldEvent gold, Event predicted, Map<Field, Boolean> fields) {
    public Match {
      fields = java.util.Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    /** Whether every scored field is right. */
    public boolean perfect() {
      return !fields.containsValue(false);
    }
  }

  public DocumentScore {
    predicted = List.copyOf(predicted);
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** Scores {@code predicted} against the gold events of {@code gold}. */
  public static DocumentScore of(
      GoldDocument gold, List<Event> predicted, String status, Optional<String> reason) {
    List<EventMatcher.Pair> pairs = EventMatcher.match(gold.events(), predicted);
    boolean[] goldUsed = new boolean[gold.events().size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Match> matches = new ArrayList<>();
    for (EventMatcher.Pair p : pairs) {
      goldUsed[p.gold()] = true;
      predUsed[p.predicted()] = true;
      GoldEvent g = gold.events().get(p.gold());
      Event e = predicted.get(p.predicted());
      Map<Field, Boolean> fields = new EnumMap<>(Field.class);
      for (Field f : Field.values()) {
        FieldRules.check(f, g, e).ifPresent(v -> fields.put(f, v));
      }
      matches.add(new Match(g, e, fields));
    }
    List<GoldEvent> missed = new ArrayList<>();
    for (int i = 0; i < goldUsed.length; i++) {
      if (!goldUsed[i]) {
        missed.add(gold.events().get(i));
      }
    }
    List<Event> spurious = new ArrayList<>();
    for (int i = 0; i < predUsed.length; i++) {
      if (!predUsed[i]) {
        spurious.add(predicted.get(i));
      }
    }
    return new DocumentScore(gold, predicted, status, reason, matches, missed, spurious);
  }

  /** Whether there is anything to show in a diff: a miss, a spurious event or a wrong field. */
  public boolean hasErrors() {
    return !missed.isEmpty() || !spurious.isEmpty() || matches.stream().anyMatch(m -> !m.perfect());
  }
}
