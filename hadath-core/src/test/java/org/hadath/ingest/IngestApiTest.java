package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Language;
import org.junit.jupiter.api.Test;

/** The public API: inputs in, one {@link Ingested} per document out, in order. */
class IngestApiTest {

  @Test
  void missingPathIsFailedNoSuchFileAndTheRestGoesOn() {
    String seed = Fixtures.path("seed/000_82c0b5339c11801b.txt").toString();
    List<Ingested> all = Fixtures.ingest("does/not/exist.txt", seed);
    assertThat(all).hasSize(2);
    Ingested.Failed f = (Ingested.Failed) all.get(0);
    assertThat(f.cause()).isEqualTo(Ingested.Cause.NO_SUCH_FILE);
    assertThat(f.id()).isEqualTo("does/not/exist.txt");
    assertThat(f.reason()).startsWith("no such file or directory: 'does/not/exist.txt'");
    assertThat(all.get(1)).isInstanceOf(Ingested.Read.class);
  }

  @Test
  void missingListsOnlyPathsThatDoNotExist() {
    String seed = Fixtures.path("seed/000_82c0b5339c11801b.txt").toString();
    assertThat(Ingest.missing(List.of("-", seed, "nope.txt"))).containsExactly("nope.txt");
  }

  @Test
  void emptyFileIsFailedEmpty() {
    Ingested i = Fixtures.ingest(Fixtures.path("edge/empty.txt").toString()).get(0);
    assertThat(i).isInstanceOf(Ingested.Failed.class);
    assertThat(((Ingested.Failed) i).cause()).isEqualTo(Ingested.Cause.EMPTY);
    assertThat(((Ingested.Failed) i).reason()).contains("empty file (0 bytes)");
  }

  @Test
  void whitespaceOnlyFileIsFailedEmpty() {
    Ingested i = Fixtures.ingest(Fixtures.path("edge/whitespace-only.txt").toString()).get(0);
    assertThat(((Ingested.Failed) i).cause()).isEqualTo(Ingested.Cause.EMPTY);
    assertThat(((Ingested.Failed) i).reason()).contains("only white space");
  }

  @Test
  void jsonlBadLinesFailWithFileAndLineAndTheRestGoesOn() {
    String file = Fixtures.path("jsonl/bad-line-in-middle.jsonl").toString();
    List<Ingested> all = Fixtures.ingest(file);
    assertThat(all)
        .extracting(Ingested::id)
        .containsExactly("a1", file + ":2", "a3", file + ":4", "a5", file + ":6", "a7");
    assertThat(all.get(0)).isInstanceOf(Ingested.Read.class);
    assertThat(((Ingested.Failed) all.get(1)).reason())
        .startsWith(file + ":2: invalid JSON")
        .contains("each line must be one JSON object");
    assertThat(((Ingested.Failed) all.get(3)).reason())
        .isEqualTo(
            file
                + ":4: the field \"id\" is missing; give every line a unique string id (the line"
                + " starts: {\"text\": \"no id here\"})");
    assertThat(((Ingested.Failed) all.get(4)).reason())
        .contains("\"published\" of document 'a5' is string \"2019-13-45\", not a valid date");
    assertThat(((Ingested.Failed) all.get(5)).reason())
        .contains("\"id\" must be a non-empty string, got number 6");
    assertThat(all.get(6)).isInstanceOf(Ingested.Read.class);
  }

  @Test
  void jsonlFieldsAreCarriedOver() {
    String file = Fixtures.path("jsonl/bad-line-in-middle.jsonl").toString();
    List<Ingested> all = Fixtures.ingest(file);
    Ingested.Read a1 = (Ingested.Read) all.get(0);
    assertThat(a1.document().text()).isEqualTo("دمشق-سانا\nاستشهد 3 مدنيين بقصف على ريف إدلب.");
    assertThat(a1.document().published()).contains(LocalDate.of(2019, 5, 2));
    assertThat(a1.document().language()).contains(Language.AR);
    assertThat(a1.document().outlet()).contains("SANA");
    assertThat(a1.document().dateline()).contains("دمشق");
    assertThat(a1.source()).isEqualTo(file + ":1");
    Ingested.Read a3 = (Ingested.Read) all.get(2);
    assertThat(a3.document().title()).contains("Strikes kill five in Idlib");
    assertThat(a3.document().url()).contains("https://example.org/a3");
    assertThat(a3.document().outlet()).contains("Reuters");
    assertThat(a3.document().dateline()).contains("BEIRUT");
  }

  @Test
  void publishedOptionFillsOnlyDocumentsWithoutADate() {
    String file = Fixtures.path("jsonl/bad-line-in-middle.jsonl").toString();
    IngestOptions o = IngestOptions.defaults().withPublished(LocalDate.of(2020, 1, 1));
    List<Ingested> all = Fixtures.ingest(o, file);
    assertThat(((Ingested.Read) all.get(0)).document().published())
        .contains(LocalDate.of(2019, 5, 2));
    assertThat(((Ingested.Read) all.get(6)).document().published())
        .contains(LocalDate.of(2020, 1, 1));
  }

  @Test
  void streamIteratesOnlyOnce() {
    try (IngestStream s = Ingest.open(List.of(), IngestOptions.defaults())) {
      assertThat(s.iterator().hasNext()).isFalse();
      assertThatThrownBy(s::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void optionsRejectANonPositiveLimit() {
    assertThatThrownBy(() -> new IngestOptions(InputFormat.AUTO, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentChars");
  }

  @Test
  void dictionariesNameTheirVersions() {
    assertThat(Ingest.dictionaries()).containsOnlyKeys("outlets", "page-lexicon");
    assertThat(Ingest.dictionaries().get("outlets")).isEqualTo(Outlets.bundled().version());
  }
}
