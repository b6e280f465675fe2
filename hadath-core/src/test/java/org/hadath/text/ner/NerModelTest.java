package org.hadath.text.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The shipped model ({@code org/hadath/ner/ner-ar.bin}) loads and tags sentences written for this
 * test with exact spans. Retraining may change these expectations: check each by eye when it does.
 */
class NerModelTest {
  /**
   * A small fixed test gazetteer (Homs, Douma, Hama), so that edits to the shipped dictionaries
   * never break these tests.
   */
  private static final NameFlags FLAGS =
      (tokens, from, to, flags) -> {
        for (int i = from; i < to; i++) {
          String k = tokens.get(i).keys()[tokens.get(i).keys().length - 1];
          if (k.equals("حمص") || k.equals("دوما") || k.equals("حماه")) {
            flags[i - from] |= NameFlags.PLACE | NameFlags.PLACE_START;
          }
        }
      };

  private static List<org.assertj.core.groups.Tuple> tag(String s) {
    List<Token> t = Tokenizer.tokenize(s);
    return NerModel.standard().tag(s, t, 0, t.size(), FLAGS).stream()
        .map(e -> tuple(s.substring(e.span().start(), e.span().end()), e.type()))
        .toList();
  }

  @Test
  void shippedModelLoadsWithItsDescription() {
    assertThat(NerModel.standard().description()).startsWith("newsfane:");
    assertThat(NerModel.standard().bucketBits()).isEqualTo(18);
  }

  @Test
  void shippedModelTagsPersonAndTown() {
    assertThat(tag("قال الناشط محمد العبدالله إن الطيران قصف مدينة دوما."))
        .containsExactly(tuple("محمد العبدالله", EntityType.PER), tuple("دوما", EntityType.LOC));
  }

  @Test
  void shippedModelTagsBrigadeAndTown() {
    assertThat(tag("أعلنت كتائب الفاروق المستقلة سيطرتها على حي الخالدية بمدينة حمص."))
        .containsExactly(
            tuple("كتائب الفاروق المستقلة", EntityType.ORG),
            tuple("بمدينة حمص", EntityType.LOC)); // the corpus often counts «مدينة» in the name
  }

  @Test
  void shippedModelTagsAnUnlistedVillage() {
    assertThat(tag("قصفت طائرات حربية روسية قرية كفرنبودة في ريف حماة الشمالي."))
        .containsExactly(
            tuple("كفرنبودة", EntityType.LOC), tuple("ريف حماة الشمالي", EntityType.LOC));
  }

  @Test
  void a_name_after_a_proclitic_fused_with_the_article_starts_at_the_article() {
    String s = "قصف وبالرقة";
    List<Token> t = Tokenizer.tokenize(s);
    List<Entity> e = NerModel.entities(s, t, 0, new int[] {0, 5});
    assertThat(s.substring(e.get(0).span().start(), e.get(0).span().end())).isEqualTo("الرقة");
    String d = "قصف وبِالرَّقة";
    List<Token> u = Tokenizer.tokenize(d);
    Entity f = NerModel.entities(d, u, 0, new int[] {0, 5}).get(0);
    assertThat(d.substring(f.span().start(), f.span().end())).isEqualTo("الرَّقة");
  }

  @Test
  void a_word_beginning_with_a_proclitic_letter_but_no_article_is_kept_whole() {
    String s = "في بغداد";
    List<Token> t = Tokenizer.tokenize(s);
    Entity e = NerModel.entities(s, t, 0, new int[] {0, 5}).get(0);
    assertThat(s.substring(e.span().start(), e.span().end())).isEqualTo("بغداد");
  }

  @Test
  void punctuationIsNeverInsideAName() {
    String s = "«حمص»، «حلب».";
    List<Token> t = Tokenizer.tokenize(s);
    int[] labels = NerModel.standard().labels(t, 0, t.size(), FLAGS);
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).kind() == Token.Kind.PUNCT) {
        assertThat(labels[i]).isZero();
      }
    }
  }

  @Test
  void writtenModelReadsBackIdentical() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerModel.standard().write(out);
    NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    String s = "أعلنت كتائب الفاروق المستقلة سيطرتها على حي الخالدية بمدينة حمص.";
    List<Token> t = Tokenizer.tokenize(s);
    assertThat(back.tag(s, t, 0, t.size(), FLAGS))
        .isEqualTo(NerModel.standard().tag(s, t, 0, t.size(), FLAGS));
    assertThat(back.description()).isEqualTo(NerModel.standard().description());
  }

  @Test
  void notAModelIsRefusedWithAHint() {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(b)) {
      g.write(new byte[] {1, 2, 3, 4});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NerModel.read(new ByteArrayInputStream(b.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("train-ner");
  }
}
