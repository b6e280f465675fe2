package org.hadath.pipeline;

import java.util.List;
import java.util.Optional;
import org.hadath.events.EventExtractor;
import org.hadath.extract.CasualtyFinder;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.TriggerLexicon;
import org.hadath.extract.ner.NameSpotter;
import org.hadath.model.Provenance;
import org.hadath.output.HadathVersion;

/**
 * Where hadath's pipeline is assembled, in one place and in this order:
 *
 * <ol>
 *   <li>{@link LanguageStage}: the language, declared or identified; a document with no body text,
 *       or in a language hadath does not read, is skipped with the reason.
 *   <li>{@link SegmentStage}: sentences and tokens of the body zones (never the title, byline or
 *       related list).
 *   <li>{@link EventStage}: triggers, actors, roles, places, dates, casualties and sources, merged
 *       into events with evidence; the standard pipeline's named-entity tagger proposes names no
 *       dictionary knows for empty actor and place slots ({@link NameSpotter}).
 * </ol>
 *
 * <p>{@link Pipeline#of} checks this order against what each stage requires and provides.
 * Dictionaries are compiled once, when the standard pipeline is first asked for.
 */
public final class Pipelines {
  private Pipelines() {}

  private static final class Holder {
    static final Pipeline STANDARD =
        of(
            new EventExtractor(
                TriggerLexicon.standard(),
                DictionaryActors.standard(),
                DictionarySources.standard(),
                GazetteerPlaces.standard(),
                CalendarTimes.standard(),
                CasualtyFinder.standard(),
                EventTaxonomy.standard(),
                Optional.of(NameSpotter.standard())));
  }

  /** The standard pipeline with the shipped dictionaries. */
  public static Pipeline standard() {
    return Holder.STANDARD;
  }

  /** The standard stages around a given extractor (user dictionaries, test dictionaries). */
  public static Pipeline of(EventExtractor extractor) {
    return Pipeline.of(List.of(new LanguageStage(), new SegmentStage(), new EventStage(extractor)));
  }

  /** The hadath version and the version of every dictionary the standard pipeline reads. */
  public static Provenance provenance() {
    return new Provenance(HadathVersion.current(), standard().dictionaries());
  }
}
