package org.hadath.eval;

import java.util.List;
import org.hadath.ingest.Page;
import org.hadath.ingest.PageAnalyzer;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.model.Zone;

/**
 * The hadath {@link Document} a gold text is run as.
 *
 * <ul>
 *   <li>A whole page (gold-dev reports, with bylines and "read also" lines) goes through ingest's
 *       page analysis ({@link PageAnalyzer#bundled()}), exactly as a {@code .txt} input would.
 *   <li>Bare text (an ACLED note, a sentence) is one body zone.
 *   <li>The gold's language and publication date are given to the pipeline.
 * </ul>
 */
public final class EvalDocuments {
  private EvalDocuments() {}

  /** The document for {@code gold}. */
  public static Document of(GoldDocument gold) {
    Document.Builder b =
        Document.builder(gold.id(), gold.where(), gold.text())
            .language(gold.language())
            .published(gold.published().orElse(null));
    if (gold.page()) {
      Page page = PageAnalyzer.bundled().analyze(gold.text(), PageAnalyzer.Hints.none());
      b.zones(page.zones())
          .title(page.title().orElse(null))
          .outlet(page.outlet().orElse(null))
          .author(page.author().orElse(null))
          .dateline(page.dateline().orElse(null));
    } else {
      b.zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, gold.text().length()))));
    }
    return b.build();
  }
}
