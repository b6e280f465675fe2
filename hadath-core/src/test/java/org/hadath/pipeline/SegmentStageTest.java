package org.hadath.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hadath.events.SentenceUnit;
import org.hadath.model.Document;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;

class SegmentStageTest {
  private static List<SentenceUnit> sentences(String text, List<Zone> zones) {
    Annotated a = new Annotated(Document.builder("t", "test", text).zones(zones).build());
    new SegmentStage().process(a);
    return a.get(SegmentStage.SENTENCES);
  }

  private static Zone body(int start, int end) {
    return new Zone(Zone.Kind.BODY, new Span(start, end));
  }

  @Test
  void sentencesOfOneLineShareAParagraphAndALineBreakStartsTheNext() {
    String text = "قصفت الطائرات البلدة. قتل ثلاثة.\nاندلعت اشتباكات.";
    assertThat(sentences(text, List.of(body(0, text.length()))))
        .extracting(SentenceUnit::paragraph)
        .containsExactly(0, 0, 1);
  }

  @Test
  void eachLineZoneIsOneParagraphNumberedWithoutGaps() {
    // JSONL and plain-text pages give one body zone per line: the line break between two zones
    // and the zone's end are one paragraph break, not two
    String text = "قصفت الطائرات البلدة.\nقتل ثلاثة.\nاندلعت اشتباكات. وأصيب اثنان.";
    int a = text.indexOf('\n');
    int b = text.indexOf('\n', a + 1);
    assertThat(sentences(text, List.of(body(0, a), body(a + 1, b), body(b + 1, text.length()))))
        .extracting(SentenceUnit::paragraph)
        .containsExactly(0, 1, 2, 2);
  }

  @Test
  void adjacentZonesWithoutALineBreakAreStillTwoParagraphs() {
    String text = "قصفت الطائرات البلدة. قتل ثلاثة.";
    int cut = text.indexOf(' ', text.indexOf('.')) + 1;
    assertThat(sentences(text, List.of(body(0, cut), body(cut, text.length()))))
        .extracting(SentenceUnit::paragraph)
        .containsExactly(0, 1);
  }
}
