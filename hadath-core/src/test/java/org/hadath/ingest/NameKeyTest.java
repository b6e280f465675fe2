package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per normalisation rule of {@link NameKey}. */
class NameKeyTest {
  @Test
  void diacriticsAndTatweelAreDropped() {
    assertThat(NameKey.of("أيضاً")).isEqualTo("ايضا");
    assertThat(NameKey.of("الـرقة")).isEqualTo("الرقه");
  }

  @Test
  void alefFormsBecomeBareAlef() {
    assertThat(NameKey.of("إقرأ آخر ٱلأخبار")).isEqualTo("اقرا اخر الاخبار");
  }

  @Test
  void tehMarbutaAndAlefMaksuraAreFolded() {
    assertThat(NameKey.of("قناة الهدى")).isEqualTo("قناه الهدي");
  }

  @Test
  void persianLettersAreFolded() {
    assertThat(NameKey.of("کردی")).isEqualTo("كردي");
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertThat(NameKey.of("عربي ٢١")).isEqualTo("عربي 21");
    assertThat(NameKey.of("۹۶۴")).isEqualTo("964");
  }

  @Test
  void latinIsLowerCasedAndUnaccented() {
    assertThat(NameKey.of("Anadolu Ajansı — FRANCE-Presse, Café"))
        .isEqualTo("anadolu ajansı france presse cafe");
  }

  @Test
  void punctuationSeparatesWords() {
    assertThat(NameKey.of("  قاسيون_متابعات:: ")).isEqualTo("قاسيون متابعات");
    assertThat(NameKey.words("(مأمون السيد)")).containsExactly("مامون", "السيد");
  }

  @Test
  void nothingButPunctuationIsEmpty() {
    assertThat(NameKey.of("// -- **")).isEmpty();
    assertThat(NameKey.words("")).isEmpty();
  }
}
