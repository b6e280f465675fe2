package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.text.Token;

/** What extraction needs from the gazetteer: the place of an event. */
public interface PlaceLocator {
  /**
   * The place of the event whose trigger is at tokens {@code [trigFirst, trigEnd)}: the place tied
   * to the trigger in its sentence {@code [sentFrom, sentTo)}, else the nearest one in the sentence
   * or paragraph {@code [paraFrom, paraTo)}. Tokens inside {@code exclude} (actor names such as
   * «قوات سوريا الديمقراطية») are never places. The dateline is not used here.
   */
  Optional<Placement> locate(
      Document doc,
      List<Token> tokens,
      int sentFrom,
      int sentTo,
      int paraFrom,
      int paraTo,
      int trigFirst,
      int trigEnd,
      List<Span> exclude);

  /** The place of the document's dateline, the last resort. */
  Optional<Placement> dateline(Document doc);

  /** Whether {@code inner} lies within {@code outer} (a neighbourhood in its city, a town in its province). */
  boolean within(Placement inner, Placement outer);

  String version();
}
