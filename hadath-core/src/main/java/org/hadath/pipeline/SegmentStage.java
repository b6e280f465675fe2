package org.hadath.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hadath.events.SentenceUnit;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.text.SentenceSplitter;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * Splits the body zones of a document into sentences and tokens. Only body zones are read, so
 * titles, bylines and related-article lists never yield events. Paragraphs are split at line breaks
 * and between zones; paragraphs are numbered 0, 1, 2, … with no gaps, so "the next paragraph" is
 * always the number after.
 */
public final class SegmentStage implements Stage {
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Key<List<Token>> TOKENS = (Key) Key.of("tokens", List.class);

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Key<List<SentenceUnit>> SENTENCES = (Key) Key.of("sentences", List.class);

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(TOKENS, SENTENCES);
  }

  @Override
  public void process(Annotated a) {
    Document doc = a.document();
    String text = doc.text();
    List<Token> tokens = new ArrayList<>();
    List<SentenceUnit> sentences = new ArrayList<>();
    int paragraph = 0;
    int lastEnd = -1;
    boolean zoneEnded = false;
    for (Zone z : doc.zones(Zone.Kind.BODY)) {
      for (Span s : SentenceSplitter.split(text, z.span().start(), z.span().end())) {
        // a new zone or a line break starts the next paragraph: one step, never two
        if (lastEnd >= 0 && (zoneEnded || text.substring(lastEnd, s.start()).indexOf('\n') >= 0)) {
          paragraph++;
        }
        zoneEnded = false;
        lastEnd = s.end();
        int from = tokens.size();
        tokens.addAll(Tokenizer.tokenize(text, s.start(), s.end()));
        if (tokens.size() > from) {
          sentences.add(new SentenceUnit(s, from, tokens.size(), paragraph));
        }
      }
      zoneEnded = true;
    }
    a.put(TOKENS, tokens);
    a.put(SENTENCES, sentences);
  }
}
