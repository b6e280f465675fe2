package org.hadath.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.junit.jupiter.api.Test;

/** The pipeline checks its order when built and keeps one bad document from sinking a run. */
class PipelineOrderTest {
  private static final Key<String> A = Key.of("a", String.class);
  private static final Key<String> B = Key.of("b", String.class);

  private record Fake(String name, Set<Key<?>> requires, Set<Key<?>> provides, Runnable body)
      implements Stage {
    @Override
    public void process(Annotated doc) {
      body.run();
      for (Key<?> k : provides) {
        @SuppressWarnings("unchecked")
        Key<String> s = (Key<String>) k;
        doc.put(s, name);
      }
    }
  }

  private static Stage stage(String name, Set<Key<?>> requires, Set<Key<?>> provides) {
    return new Fake(name, requires, provides, () -> {});
  }

  @Test
  void aStageNeedingWhatNoEarlierStageProvidesIsRefusedWhenBuilt() {
    assertThatThrownBy(
            () ->
                Pipeline.of(
                    List.of(
                        stage("late", Set.of(A), Set.of()), stage("early", Set.of(), Set.of(A)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'late' requires 'a'")
        .hasMessageContaining("late → early");
  }

  @Test
  void twoStagesProvidingOneAnnotationAreRefused() {
    assertThatThrownBy(
            () ->
                Pipeline.of(
                    List.of(stage("one", Set.of(), Set.of(A)), stage("two", Set.of(), Set.of(A)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'two' provides 'a'");
  }

  @Test
  void theStandardPipelineIsInOrder() {
    assertThat(Pipelines.standard().stages())
        .extracting(Stage::name)
        .containsExactly("language", "segment", "relevance", "events");
  }

  @Test
  void withoutRelevanceLeavesOnlyThatStageOut() {
    assertThat(Pipelines.withoutRelevance().stages())
        .extracting(Stage::name)
        .containsExactly("language", "segment", "events");
    assertThat(Pipelines.standard().without("no-such-stage")).isSameAs(Pipelines.standard());
  }

  @Test
  void withoutAStageOthersNeedFailsNamingWhatIsMissing() {
    assertThatThrownBy(() -> Pipelines.standard().without("segment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires");
  }

  @Test
  void aStageThatThrowsFailsOnlyThatDocumentWithItsReason() {
    Pipeline p =
        Pipeline.of(
            List.of(
                stage("first", Set.of(), Set.of(A)),
                new Fake(
                    "boom",
                    Set.of(A),
                    Set.of(B),
                    () -> {
                      throw new IllegalStateException("broken rule");
                    })));
    DocumentResult r = p.process(Document.ofText("doc-1", "نص"));
    assertThat(r.status()).isEqualTo(DocumentResult.Status.FAILED);
    assertThat(r.reason().orElseThrow()).contains("stage 'boom'", "doc-1", "broken rule");
    assertThat(p.process(Document.ofText("doc-2", "نص")).id()).isEqualTo("doc-2");
  }

  @Test
  void anEmptyDocumentIsSkippedWithTheReason() {
    DocumentResult r = Pipelines.standard().process(Document.ofText("empty", "   \n "));
    assertThat(r.status()).isEqualTo(DocumentResult.Status.SKIPPED);
    assertThat(r.reason().orElseThrow()).startsWith("empty");
  }

  @Test
  void persianIsNeverReadAsArabic() {
    DocumentResult r =
        Pipelines.standard()
            .process(
                Document.ofText(
                    "fa",
                    "نیروهای دولتی روز پنجشنبه در شهر حلب با گروه‌های مسلح درگیر شدند و چند نفر کشته شدند."));
    assertThat(r.status()).isEqualTo(DocumentResult.Status.SKIPPED);
    assertThat(r.reason().orElseThrow()).contains("unsupported language: 'fa'");
    assertThat(r.events()).isEmpty();
  }
}
