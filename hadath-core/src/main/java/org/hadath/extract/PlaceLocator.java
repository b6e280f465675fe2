package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.text.Token;

/** What extraction needs from the gazetteer: the places of a document and the place of an event. */
public interface PlaceLocator {
  /**
   * The places named in {@code doc}, resolved once against the whole document (co-mentioned places,
   * the dateline, the actors' countries).
   *
   * @param tokens the tokens of the document's body, in text order
   * @param exclude spans that are never places (actor and source names such as «قوات سوريا
   *     الديمقراطية», «تنظيم الدولة»)
   * @param actorCountries the countries of the actors named in the document
   */
  Places places(Document doc, List<Token> tokens, List<Span> exclude, Set<String> actorCountries);

  /** Whether {@code inner} lies within {@code outer} or is the same place. */
  boolean within(Placement inner, Placement outer);

  String version();

  /** The places of one document. */
  interface Places {
    /**
     * The place of the event whose trigger is at {@code trigger}: the place tied to the trigger in
     * its sentence, else the nearest in the sentence, else in the paragraph, else the dateline.
     */
    Optional<Placement> locate(Span trigger, Span sentence, Span paragraph);
  }
}
