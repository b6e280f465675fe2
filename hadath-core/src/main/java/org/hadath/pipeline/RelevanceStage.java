package org.hadath.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hadath.events.SentenceUnit;
import org.hadath.extract.CasualtyFinder;
import org.hadath.extract.TriggerLexicon;
import org.hadath.extract.relevance.OffTopicLexicon;
import org.hadath.extract.relevance.Relevance;
import org.hadath.model.Document;

/**
 * Skips documents that are not conflict or political-violence reports (sports, weather, markets,
 * culture, recipes, adverts…), with {@link Relevance}'s reason; they stay in the output, skipped,
 * with no events. Reads the body tokens and sentences the segment stage made, so the off-topic
 * matcher is the only extra pass over a conflict report.
 */
public final class RelevanceStage implements Stage {
  /** The stage's name, also for {@link Pipeline#without}. */
  public static final String NAME = "relevance";

  /** The decision on the document. */
  public static final Key<Relevance.Decision> RELEVANCE =
      Key.of("relevance", Relevance.Decision.class);

  private final Relevance relevance;

  public RelevanceStage(Relevance relevance) {
    this.relevance = relevance;
  }

  /** The stage with the shipped lexicons and dictionaries. */
  public static RelevanceStage standard() {
    return new RelevanceStage(
        new Relevance(
            OffTopicLexicon.standard(),
            TriggerLexicon.standard(),
            CasualtyFinder.standard(),
            DictionaryActors.standard()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(SegmentStage.TOKENS, SegmentStage.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(RELEVANCE);
  }

  @Override
  public Map<String, String> dictionaries() {
    return Map.of("off-topic", relevance.version());
  }

  @Override
  public void process(Annotated a) {
    Document doc = a.document();
    List<SentenceUnit> sentences = a.get(SegmentStage.SENTENCES);
    int[] ends = new int[sentences.size()];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = sentences.get(i).to();
    }
    Relevance.Decision d =
        relevance.assess(
            doc.text(), doc.title(), a.get(SegmentStage.TOKENS), ends, doc.published());
    a.put(RELEVANCE, d);
    d.reason().ifPresent(a::skip);
  }
}
