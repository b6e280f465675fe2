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

  @Test
  void attachedPronounRemoved() {
    assertThat(s("اغتصابها")).isEqualTo(s("اغتصاب")).isEqualTo("اغتصاب");
    assertThat(s("خطفهما")).isEqualTo(s("خطف")).isEqualTo("خطف");
    assertThat(s("احتجازهم")).isEqualTo("احتجاز");
  }

  @Test
  void pronounLeavesOpenTehReadAsTehMarbuta() {
    assertThat(s("سيطرتها")).isEqualTo(s("سيطرة")).isEqualTo("سيطر");
    assertThat(s("خطفتهم")).isEqualTo("خطف");
  }

  @Test
  void pronounAfterFemininePlural() {
    assertThat(s("اعتداءاتها")).isEqualTo(s("اعتداء")).isEqualTo("اعتداء");
  }

  @Test
  void pronounAfterVerbPluralDropsItsAlef() {
    assertThat(s("خطفوهم")).isEqualTo("خطف");
  }

  @Test
  void pronounKeepsThreeLetters() {
    assertThat(s("متهم")).isEqualTo("متهم");
    assertThat(s("فهم")).isEqualTo("فهم");
  }

  @Test
  void verbPluralWaw() {
    assertThat(s("خطفوا")).isEqualTo("خطف");
    assertThat(s("قصفوا")).isEqualTo(s("قصف")).isEqualTo("قصف");
  }

  @Test
  void accusativeOrDualAlef() {
    assertThat(s("صاروخاً")).isEqualTo(s("صاروخ")).isEqualTo("صاروخ");
    assertThat(s("احتجاجا")).isEqualTo("احتجاج");
    assertThat(s("انتحاريا")).isEqualTo(s("انتحاري"));
  }

  @Test
  void accusativeAlefKeepsThreeLetters() {
    assertThat(s("جدا")).isEqualTo("جدا");
  }

  @Test
  void nounStemLeavesPronounsVerbEndingsAndAlef() {
    assertThat(LightStemmer.nounStem(ArabicNormalizer.normalize("اغتصابها"))).isEqualTo("اغتصابها");
    assertThat(LightStemmer.nounStem("خطفوا")).isEqualTo("خطفوا");
    assertThat(LightStemmer.nounStem("صاروخا")).isEqualTo("صاروخا");
    assertThat(LightStemmer.nounStem("غارات")).isEqualTo("غار");
  }

  @Test
  void constructMasculinePluralWaw() {
    assertThat(s("متظاهرو")).isEqualTo(s("متظاهرون")).isEqualTo("متظاهر");
    assertThat(s("مقاتلو")).isEqualTo("مقاتل");
  }

  @Test
  void constructWawKeepsFourLetters() {
    assertThat(s("يدعو")).isEqualTo("يدعو");
    assertThat(s("نحو")).isEqualTo("نحو");
  }
}
