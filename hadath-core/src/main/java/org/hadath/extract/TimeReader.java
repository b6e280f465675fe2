package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Document;
import org.hadath.model.Problem;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;

/** What extraction needs from date resolution. */
public interface TimeReader {
  /**
   * The rule of a mention that dates an event by the publication date: it has no words of its own,
   * its span is the event's trigger, so {@code date_text} stays empty.
   */
  String PUBLICATION_DATE_RULE = "time:publication-date";

  /**
   * How many body sentences make a report's lead (a headline or standfirst line may come before the
   * lead proper), whose date dates the events that name none.
   */
  int LEAD_SENTENCES = 3;

  /**
   * The time expressions in tokens {@code [from, to)}, resolved against the document's publication
   * date.
   */
  List<TimeMention> find(
      Document doc, List<Token> tokens, int from, int to, List<Problem> problems);

  /**
   * The time expression that dates an event from its own sentence, else from the sentences before
   * it in its paragraph; empty when neither names a time.
   */
  Optional<TimeMention> forEvent(
      Document doc, List<TimeMention> mentions, Span trigger, Span sentence, Span paragraph);

  /**
   * The date of an event that {@link #forEvent} left undated: the lead's, else the publication date
   * (rule {@link #PUBLICATION_DATE_RULE}), else empty.
   *
   * @param lead the spans of the lead sentences
   */
  Optional<TimeMention> fallback(
      Document doc, List<TimeMention> mentions, List<Span> lead, Span trigger);

  String version();
}
