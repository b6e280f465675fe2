package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LightStemmerTest {

  private static String s(String word) {
    return LightStemmer.stem(ArabicNormalizer.normalize(word));
  }

  @Test
  void feminineDual() {
    assertThat(s("مدينتين")).isEqualTo(s("مدينة")).isEqualTo("مدين");
    assertThat(s("طائرتان")).isEqualTo(s("طائرة")).isEqualTo("طاير");
  }

  @Test
  void femininePlural() {
    assertThat(s("غارات")).isEqualTo(s("غارة")).isEqualTo("غار");
    assertThat(s("اشتباكات")).isEqualTo(s("اشتباك")).isEqualTo("اشتباك");
    assertThat(s("طائرات")).isEqualTo(s("طائرة")).isEqualTo("طاير");
  }

  @Test
  void femininePluralKeepsThreeLetters() {
    assertThat(s("قوات")).isEqualTo("قوات");
  }

  @Test
  void masculinePluralWaw() {
    assertThat(s("مدنيون")).isEqualTo(s("مدني")).isEqualTo("مدني");
  }

  @Test
  void masculinePluralOrDualYeh() {
    assertThat(s("مدنيين")).isEqualTo("مدني");
    assertThat(s("قتيلين")).isEqualTo("قتيل");
    assertThat(s("عنصرين")).isEqualTo(s("عنصر")).isEqualTo("عنصر");
  }

  @Test
  void dualAlef() {
    assertThat(s("قتيلان")).isEqualTo(s("قتيل")).isEqualTo("قتيل");
  }

  @Test
  void dualAlefKeepsFourLetters() {
    assertThat(s("إعلان")).isEqualTo("اعلان");
    assertThat(s("لبنان")).isEqualTo("لبنان");
    assertThat(s("طيران")).isEqualTo("طيران");
  }

  @Test
  void tensMillionsAndMonthsUnchanged() {
    assertThat(s("ثلاثين")).isEqualTo("ثلاثين").isNotEqualTo(s("ثلاث"));
    assertThat(s("عشرون")).isEqualTo("عشرون");
    assertThat(s("مليون")).isEqualTo("مليون");
    assertThat(s("ملايين")).isEqualTo("ملايين");
    assertThat(s("كانون")).isEqualTo("كانون").isNotEqualTo(s("كان"));
    assertThat(s("تشرين")).isEqualTo("تشرين");
  }

  @Test
  void suffixKeepsThreeLetters() {
    assertThat(s("حسين")).isEqualTo("حسين");
    assertThat(s("عمان")).isEqualTo("عمان");
  }

  @Test
  void tehMarbuta() {
    assertThat(s("مدنية")).isEqualTo("مدني");
    assertThat(s("قوة")).isEqualTo("قوه");
  }

  @Test
  void otherWordsUnchanged() {
    assertThat(s("رقة")).isEqualTo("رقه");
    assertThat(s("حلب")).isEqualTo("حلب");
    assertThat(s("")).isEmpty();
  }

  @Test
  void stemsKeepKeyOrder() {
    assertThat(LightStemmer.stems(new String[] {"بالغارات", "غارات"}))
        .containsExactly("بالغار", "غار");
  }
}
