package org.hadath.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hadath.events.EventExtractor;
import org.hadath.model.Event;
import org.hadath.model.Problem;

/** Reads the events of a document with an {@link EventExtractor}. */
public final class EventStage implements Stage {
  private final EventExtractor extractor;

  public EventStage(EventExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(SegmentStage.TOKENS, SegmentStage.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.EVENTS);
  }

  @Override
  public java.util.Map<String, String> dictionaries() {
    return extractor.versions();
  }

  @Override
  public void process(Annotated a) {
    List<Problem> problems = new ArrayList<>();
    List<Event> events =
        extractor.extract(
            a.document(), a.get(SegmentStage.TOKENS), a.get(SegmentStage.SENTENCES), problems);
    problems.forEach(a::problem);
    a.put(Keys.EVENTS, events);
  }
}
