package org.hadath.resolve.place;

import java.util.List;
import org.hadath.model.Span;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/** The invented test gazetteer (Gondor, Rohan) and helpers. */
final class Fixture {
  static final Gazetteer GAZETTEER =
      Gazetteer.load("/org/hadath/resolve/place/fixture/", List.of());
  static final Geocoder GEOCODER = new Geocoder(GAZETTEER);

  private Fixture() {}

  static List<PlaceHit> hits(String text) {
    return hits(text, List.of());
  }

  static List<PlaceHit> hits(String text, List<Span> exclude) {
    List<Token> ts = Tokenizer.tokenize(text);
    return new PlaceFinder(GAZETTEER).find(text, ts, 0, ts.size(), exclude);
  }

  static String words(String text, PlaceHit h) {
    return text.substring(h.span().start(), h.span().end());
  }

  static DocumentPlaces places(String text, PlaceContext ctx) {
    return GEOCODER.places(text, Tokenizer.tokenize(text), List.of(), ctx);
  }

  static Span spanOf(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException(words + " not in " + text);
    }
    return new Span(at, at + words.length());
  }
}
