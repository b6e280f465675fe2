package org.hadath.text.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hadath.text.Token;
import org.junit.jupiter.api.Test;

class NewsFaneTest {

  static List<LabeledSentence> tiny() throws IOException {
    try (InputStream in = NewsFaneTest.class.getResourceAsStream("tiny-newsfane.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return NewsFane.parse(r, "tiny-newsfane.txt");
    }
  }

  private static List<String> words(LabeledSentence s) {
    return s.tokens().stream().map(t -> s.text().substring(t.start(), t.end())).toList();
  }

  @Test
  void readsEverySentenceSkippingBomAndDirectionMarks() throws IOException {
    List<LabeledSentence> all = tiny();
    assertThat(all).hasSize(12);
    assertThat(all.get(0).text()).isEqualTo("قصفت الطائرات قرية كفرزيتا في ريف حماة .");
    assertThat(all.get(0).labels()).containsExactly(0, 0, 0, 5, 0, 0, 5, 0);
  }

  @Test
  void proclitic_tokens_are_glued_to_the_next_word_and_suffixes_to_the_previous()
      throws IOException {
    LabeledSentence s = tiny().get(1);
    assertThat(s.text()).isEqualTo("وقال الناشط سامر الحلبي انه شاهد القصف .");
    assertThat(words(s))
        .containsExactly("وقال", "الناشط", "سامر", "الحلبي", "انه", "شاهد", "القصف", ".");
    assertThat(s.labels()).containsExactly(0, 0, 1, 2, 0, 0, 0, 0);
  }

  @Test
  void classesMapToPersonOrganisationPlaceOrNothing() {
    assertThat(NewsFane.typeOf("Politician")).contains(EntityType.PER);
    assertThat(NewsFane.typeOf("Police")).contains(EntityType.PER);
    assertThat(NewsFane.typeOf("Non-Governmental")).contains(EntityType.ORG);
    assertThat(NewsFane.typeOf("Media")).contains(EntityType.ORG);
    assertThat(NewsFane.typeOf("Population-Center")).contains(EntityType.LOC);
    assertThat(NewsFane.typeOf("Building-Grounds")).contains(EntityType.LOC);
    assertThat(NewsFane.typeOf("Group")).isEmpty();
    assertThat(NewsFane.typeOf("Land")).isEmpty();
  }

  @Test
  void group_class_nationalities_are_not_names() throws IOException {
    LabeledSentence s = tiny().get(4);
    assertThat(s.text()).isEqualTo("التقى الوزير خالد العمر بوفد من العرب .");
    assertThat(s.labels()).containsExactly(0, 0, 1, 2, 0, 0, 0, 0);
  }

  @Test
  void adjacentNamesOfDifferentTypesStaySeparate() throws IOException {
    LabeledSentence s = tiny().get(10);
    assertThat(s.text()).isEqualTo("وقتل مسلحون من كتائب النصر المختار في قرية جرجناز .");
    assertThat(s.labels()).containsExactly(0, 0, 0, 3, 4, 1, 0, 0, 5, 0);
    assertThat(s.entities())
        .extracting(e -> s.text().substring(e.span().start(), e.span().end()), Entity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("كتائب النصر", EntityType.ORG),
            org.assertj.core.groups.Tuple.tuple("المختار", EntityType.PER),
            org.assertj.core.groups.Tuple.tuple("جرجناز", EntityType.LOC));
  }

  @Test
  void a_conjunction_inside_a_name_joins_it_and_the_name_goes_on() throws IOException {
    String corpus =
        "حزب\tB-Non-Governmental\nالعدالة\tI-Non-Governmental\nو\tI-Non-Governmental\n"
            + "التنمية\tI-Non-Governmental\nفاز\tO\n";
    LabeledSentence s = NewsFane.parse(new BufferedReader(new StringReader(corpus)), "x").get(0);
    assertThat(s.text()).isEqualTo("حزب العدالة والتنمية فاز");
    assertThat(s.labels()).containsExactly(3, 4, 4, 0);
  }

  @Test
  void an_inside_label_that_continues_nothing_begins_a_name() {
    LabeledSentence s =
        NewsFane.sentence(List.of("في", "حمص"), List.of("O", "I-Population-Center"));
    assertThat(s.labels()).containsExactly(0, 5);
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertThatThrownBy(
            () ->
                NewsFane.parse(
                    new BufferedReader(new StringReader("قال\tO\nبلا تبويب\n")), "c.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c.txt:2")
        .hasMessageContaining("بلا تبويب");
    assertThatThrownBy(
            () -> NewsFane.parse(new BufferedReader(new StringReader("قال\tX-Nation\n")), "c.txt"))
        .hasMessageContaining("c.txt:1")
        .hasMessageContaining("X-Nation");
  }

  @Test
  void tokensAreHadathTokens() throws IOException {
    LabeledSentence s = tiny().get(6);
    assertThat(s.tokens()).allMatch(t -> t.kind() != Token.Kind.OTHER);
    assertThat(words(s)).contains("باعتقال");
  }
}
