package org.hadath.extract.ner;

import java.util.List;
import org.hadath.resolve.actor.ActorDictionary;
import org.hadath.resolve.actor.ActorEntry;
import org.hadath.resolve.place.Gazetteer;
import org.hadath.resolve.place.Place;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Token;
import org.hadath.text.ner.NameFlags;

/**
 * The tagger's dictionary features from hadath's own dictionaries.
 *
 * <p>Rules: a token inside any gazetteer place name ({@link Gazetteer#match}, overlapping matches
 * included) is {@link NameFlags#PLACE}, the first token of one {@link NameFlags#PLACE_START}; a
 * token inside any actor alias ({@link ActorDictionary#matcher}) is {@link NameFlags#ACTOR}, the
 * first token of one {@link NameFlags#ACTOR_START}. Stop names of the gazetteer (common words such
 * as «اليوم») do not count.
 *
 * <p>Instances are immutable and shared by all threads.
 */
public final class DictionaryNames implements NameFlags {
  private final Gazetteer gazetteer;
  private final PhraseMatcher<ActorEntry> actors;

  public DictionaryNames(Gazetteer gazetteer, ActorDictionary actors) {
    this.gazetteer = gazetteer;
    this.actors = actors.matcher();
  }

  private static final class Holder {
    static final DictionaryNames STANDARD =
        new DictionaryNames(Gazetteer.defaultGazetteer(), ActorDictionary.loadDefault());
  }

  /** Over the shipped gazetteer and actor dictionary. */
  public static DictionaryNames standard() {
    return Holder.STANDARD;
  }

  @Override
  public void mark(List<Token> tokens, int from, int to, byte[] flags) {
    for (PhraseMatcher.Match<Place> m : gazetteer.match(tokens, from, to)) {
      if (gazetteer.isStopName(m.phrase())) {
        continue;
      }
      flags[m.firstToken() - from] |= PLACE_START;
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        flags[i - from] |= PLACE;
      }
    }
    for (PhraseMatcher.Match<ActorEntry> m : actors.findAll(tokens, from, to)) {
      flags[m.firstToken() - from] |= ACTOR_START;
      for (int i = m.firstToken(); i < m.endToken(); i++) {
        flags[i - from] |= ACTOR;
      }
    }
  }
}
