package org.hadath.pipeline;

import java.util.List;
import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.Language;
import org.hadath.model.Provenance;
import org.hadath.model.Zone;
import org.hadath.output.HadathVersion;
import org.hadath.text.LanguageIdentifier;

/**
 * Where hadath's pipeline is assembled, in one place and in this order:
 *
 * <ol>
 *   <li>{@code language}: the declared language (JSONL {@code language}) or the one {@link
 *       LanguageIdentifier} finds in the body; a document with no body text, or in a language
 *       hadath does not read, is skipped with the reason.
 * </ol>
 *
 * <p>The extraction stages (segmentation, triggers, actors, places, dates, casualties, events) are
 * added here as they land; until then the standard pipeline identifies languages and finds no
 * events.
 */
public final class Pipelines {
  private Pipelines() {}

  private static final Pipeline STANDARD = Pipeline.of(List.of(new Languages()));

  /** The standard pipeline with the shipped dictionaries. */
  public static Pipeline standard() {
    return STANDARD;
  }

  /** The hadath version and the version of every dictionary the standard pipeline reads. */
  public static Provenance provenance() {
    return new Provenance(HadathVersion.current(), STANDARD.dictionaries());
  }

  /** The language stage: a thin adapter over {@link LanguageIdentifier}. */
  private static final class Languages implements Stage {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
    private static final int SAMPLE = LanguageIdentifier.PROFILE_CHARS;

    @Override
    public String name() {
      return "language";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of(Keys.LANGUAGE);
    }

    @Override
    public void process(Annotated a) {
      Document doc = a.document();
      StringBuilder sample = new StringBuilder();
      for (Zone z : doc.zones(Zone.Kind.BODY)) {
        int end = Math.min(z.span().end(), z.span().start() + SAMPLE - sample.length());
        sample.append(doc.text(), z.span().start(), end).append('\n');
        if (sample.length() >= SAMPLE) {
          break;
        }
      }
      if (sample.toString().isBlank()) {
        a.put(Keys.LANGUAGE, doc.language().orElse(Language.UNKNOWN));
        a.skip("empty: the document has no body text");
        return;
      }
      LanguageIdentifier.Identification found = IDENTIFIER.identify(sample);
      Language lang = doc.language().orElse(found.language());
      a.put(Keys.LANGUAGE, lang);
      if (doc.language().isEmpty()) {
        a.document(doc.toBuilder().language(lang).build());
      }
      if (!lang.extracted()) {
        a.skip(
            "unsupported language: '"
                + lang.code()
                + "' ("
                + found.rule()
                + "); hadath reads Arabic and English");
      }
    }
  }
}
