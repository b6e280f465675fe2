package org.hadath.extract;

import java.util.List;
import org.hadath.text.Token;

/** What extraction needs from a dictionary of news sources and attributions. */
public interface SourceLexicon {
  /** The sources named in tokens {@code [from, to)}, non-overlapping, in text order. */
  List<SourceHit> find(List<Token> tokens, int from, int to);

  String version();
}
