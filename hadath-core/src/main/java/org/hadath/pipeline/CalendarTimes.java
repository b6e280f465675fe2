package org.hadath.pipeline;

import java.util.List;
import java.util.Optional;
import org.hadath.extract.TimeReader;
import org.hadath.model.Document;
import org.hadath.model.Problem;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.resolve.time.EventDates;
import org.hadath.resolve.time.TimeFinder;
import org.hadath.text.Token;

/** The {@link TimeFinder} and {@link EventDates} as extraction's {@link TimeReader}. */
public final class CalendarTimes implements TimeReader {
  private static final CalendarTimes STANDARD = new CalendarTimes(new TimeFinder());

  private final TimeFinder finder;

  public CalendarTimes(TimeFinder finder) {
    this.finder = finder;
  }

  public static CalendarTimes standard() {
    return STANDARD;
  }

  @Override
  public List<TimeMention> find(
      Document doc, List<Token> tokens, int from, int to, List<Problem> problems) {
    TimeFinder.Result r = finder.find(doc.text(), tokens, from, to, doc.published(), doc.id());
    problems.addAll(r.problems());
    return r.mentions();
  }

  @Override
  public Optional<TimeMention> forEvent(
      Document doc, List<TimeMention> mentions, Span trigger, Span sentence, Span paragraph) {
    return EventDates.inContext(
        doc.text(), mentions, trigger, sentence, paragraph, doc.published());
  }

  @Override
  public Optional<TimeMention> fallback(
      Document doc, List<TimeMention> mentions, List<Span> lead, Span trigger) {
    return EventDates.fallback(mentions, lead, doc.published(), trigger);
  }

  @Override
  public String version() {
    return "time-rules-2";
  }
}
