package org.hadath.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineDictionariesTest {
  private static Stage stage(String name, Map<String, String> dictionaries) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of();
      }

      @Override
      public Set<Key<?>> provides() {
        return Set.of();
      }

      @Override
      public void process(Annotated doc) {}

      @Override
      public Map<String, String> dictionaries() {
        return dictionaries;
      }
    };
  }

  @Test
  void dictionariesOfAllStagesAreMergedSortedByName() {
    Pipeline p =
        Pipeline.of(
            List.of(
                stage("b", Map.of("triggers.ar", "2")),
                stage("a", Map.of("actors", "1", "places", "3")),
                stage("c", Map.of("actors", "1"))));
    assertThat(p.dictionaries())
        .containsExactly(
            Map.entry("actors", "1"), Map.entry("places", "3"), Map.entry("triggers.ar", "2"));
  }

  @Test
  void stagesWithoutDictionariesReportNone() {
    assertThat(Pipeline.of(List.of(stage("a", Map.of()))).dictionaries()).isEmpty();
  }

  @Test
  void twoVersionsOfOneDictionaryAreRefused() {
    Pipeline p =
        Pipeline.of(List.of(stage("a", Map.of("actors", "1")), stage("b", Map.of("actors", "2"))));
    assertThatThrownBy(p::dictionaries)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'actors'")
        .hasMessageContaining("'2'")
        .hasMessageContaining("'1'");
  }
}
