package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CliticFormsTest {

  private static final CliticForms<String> FORMS =
      CliticForms.<String>builder()
          .add("عشرات", "tens", true)
          .add("عشرة", "ten", false)
          .add("واحد", "one", false)
          .add("أحد", "one-of", false)
          .add("ست", "six", false)
          .build();

  @Test
  void bareStemIsFoundNormalised() {
    assertThat(FORMS.find("عشره"))
        .isEqualTo(new CliticForms.Form<>("ten", "عشره", false, false, false));
  }

  @Test
  void conjunctionAndPreposition() {
    assertThat(FORMS.find("وبعشره").conjunction()).isTrue();
    assertThat(FORMS.find("وبعشره").preposition()).isTrue();
    assertThat(FORMS.find("فعشره").value()).isEqualTo("ten");
    assertThat(FORMS.find("لعشره").value()).isEqualTo("ten");
  }

  @Test
  void articleOnlyWhenAsked() {
    assertThat(FORMS.find("العشرات").article()).isTrue();
    assertThat(FORMS.find("بالعشرات").value()).isEqualTo("tens");
    assertThat(FORMS.find("للعشرات").value()).isEqualTo("tens");
    assertThat(FORMS.find("والعشرات").value()).isEqualTo("tens");
    assertThat(FORMS.find("العشره")).isNull();
  }

  @Test
  void bareStemWinsOverPrefixedReading() {
    assertThat(FORMS.find("واحد").value()).isEqualTo("one");
  }

  @Test
  void twoLetterStemTakesNoPreposition() {
    assertThat(FORMS.find("لست")).isNull();
    assertThat(FORMS.find("وست").value()).isEqualTo("six");
  }

  @Test
  void kafIsNotAPrefix() {
    assertThat(FORMS.find("كعشره")).isNull();
  }

  @Test
  void emptyStemIsRejected() {
    assertThatThrownBy(() -> CliticForms.<String>builder().add("\u064E", "x", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty Arabic stem");
  }
}
