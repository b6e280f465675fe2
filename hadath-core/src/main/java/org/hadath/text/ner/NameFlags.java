package org.hadath.text.ner;

import java.util.List;
import org.hadath.text.Token;

/**
 * Dictionary membership of tokens, a feature of the tagger: whether a token lies inside a name a
 * dictionary knows. The same implementation must be used for training and tagging.
 */
@FunctionalInterface
public interface NameFlags {
  /** Inside a gazetteer place name. */
  byte PLACE = 1;

  /** The first token of a gazetteer place name. */
  byte PLACE_START = 2;

  /** Inside an actor alias. */
  byte ACTOR = 4;

  /** The first token of an actor alias. */
  byte ACTOR_START = 8;

  /** No dictionary: every flag clear. */
  NameFlags NONE = (tokens, from, to, flags) -> {};

  /**
   * ORs the flags of tokens {@code [from, to)} into {@code flags[i - from]}; {@code flags} holds at
   * least {@code to - from} zeroed bytes.
   */
  void mark(List<Token> tokens, int from, int to, byte[] flags);
}
