package org.hadath.pipeline;

import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.Language;
import org.hadath.model.Problem;
import org.hadath.model.Zone;
import org.hadath.text.LanguageIdentifier;

/**
 * Sets the language a document is read in: the declared one (JSONL {@code language}) or, when none
 * is declared, the one {@link LanguageIdentifier} finds in the title and body. A document whose
 * body is empty, or whose language hadath does not read (Persian, Urdu, Kurdish, unknown), is
 * skipped with the reason. A declared language that the text plainly contradicts is kept but
 * reported as a warning.
 */
public final class LanguageStage implements Stage {
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
  public java.util.Map<String, String> dictionaries() {
    return java.util.Map.of("langdetect", "opennlp-langdetect-183");
  }

  @Override
  public void process(Annotated a) {
    Document doc = a.document();
    String sample = sample(doc);
    if (sample.isBlank()) {
      a.put(Keys.LANGUAGE, doc.language().orElse(Language.UNKNOWN));
      a.skip("empty: the document has no body text");
      return;
    }
    LanguageIdentifier.Identification found = IDENTIFIER.identify(sample);
    Language lang = doc.language().orElse(found.language());
    if (doc.language().isPresent()
        && found.language() != Language.UNKNOWN
        && found.language() != lang
        && found.confidence() > 0.9) {
      a.problem(
          Problem.warning(
              doc.id(),
              name(),
              "document "
                  + doc.id()
                  + " is declared '"
                  + lang.code()
                  + "' but reads as '"
                  + found.language().code()
                  + "' ("
                  + found.rule()
                  + "); the declared language is used: fix the input's \"language\" if it is wrong"));
    }
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

  private static String sample(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Zone z : doc.zones(Zone.Kind.BODY)) {
      int end = Math.min(z.span().end(), z.span().start() + SAMPLE - sb.length());
      sb.append(doc.text(), z.span().start(), end).append('\n');
      if (sb.length() >= SAMPLE) {
        break;
      }
    }
    return sb.toString();
  }
}
