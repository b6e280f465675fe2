package org.hadath.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Location;
import org.hadath.model.Span;
import org.hadath.pipeline.Annotated;
import org.hadath.pipeline.Key;
import org.hadath.pipeline.Keys;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Stage;

/**
 * A fictional pipeline for CLI tests, so they do not depend on the shipped dictionaries: every
 * «غارة»/«غارات» (air strike/s) or "airstrike" in a text is one event by an invented actor, with
 * evidence; a text containing {@code CRASH} makes the stage throw (a failed document); one
 * containing {@code SLOW} takes a few milliseconds (to shuffle completion order across threads).
 */
final class TestPipeline {
  private TestPipeline() {}

  static final Actor GONDOR = new Actor("gondor", "Military Forces of Gondor", "جيش غوندور", 1, "");

  static Engine engine() {
    return Engine.of(Pipeline.of(List.of(new KeywordEvents())));
  }

  static final class KeywordEvents implements Stage {
    @Override
    public String name() {
      return "test-events";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of(Keys.EVENTS);
    }

    @Override
    public Map<String, String> dictionaries() {
      return Map.of("test-keywords", "1");
    }

    @Override
    public void process(Annotated a) {
      String text = a.document().text();
      if (text.contains("CRASH")) {
        throw new IllegalStateException("the test stage refuses texts containing 'CRASH'");
      }
      if (text.contains("SLOW")) {
        try {
          Thread.sleep(Math.floorMod(text.hashCode(), 7));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      List<Event> events = new ArrayList<>();
      for (String word : List.of("غارة", "غارات", "airstrike")) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
          events.add(event(a, new Span(i, i + word.length())));
        }
      }
      a.put(Keys.EVENTS, events);
    }

    private static Event event(Annotated a, Span span) {
      Map<String, List<Evidence>> ev = new LinkedHashMap<>();
      ev.put("event_type", List.of(Evidence.of("event_type", a.document(), span, "test:keyword")));
      ev.put("actor1", List.of(Evidence.of("actor1", a.document(), span, "test:actor")));
      boolean located = a.document().text().contains("Minas");
      return new Event(
          "Explosions/Remote violence",
          "Air/drone strike",
          "Political violence",
          Optional.of(GONDOR),
          List.of(),
          Optional.empty(),
          List.of(),
          false,
          located
              ? Optional.of(
                  new Location(
                      "Minas Tirith",
                      "Gondor",
                      "SYR",
                      "Anorien",
                      "",
                      "",
                      Optional.of(35.5),
                      Optional.of(38.25),
                      1))
              : Optional.empty(),
          a.document().published().map(LocalDate::from),
          1,
          Optional.empty(),
          0,
          Optional.empty(),
          Optional.empty(),
          List.of(),
          ev);
    }
  }
}
