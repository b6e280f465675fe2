package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hadath.model.MappedText;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  private static String n(String s) {
    return ArabicNormalizer.normalize(s);
  }

  @Test
  void alefHamzaAbove() {
    assertThat(n("أحمد")).isEqualTo("احمد");
  }

  @Test
  void alefHamzaBelow() {
    assertThat(n("إدلب")).isEqualTo("ادلب");
  }

  @Test
  void alefMadda() {
    assertThat(n("آمنة")).isEqualTo("امنه");
  }

  @Test
  void alefWasla() {
    assertThat(n("ٱلله")).isEqualTo("الله");
  }

  @Test
  void alefMaksura() {
    assertThat(n("مستشفى")).isEqualTo("مستشفي");
  }

  @Test
  void persianYehAndKeheh() {
    assertThat(n("یک")).isEqualTo("يك");
  }

  @Test
  void hamzaOnWaw() {
    assertThat(n("مسؤول")).isEqualTo("مسوول");
  }

  @Test
  void hamzaOnYeh() {
    assertThat(n("طائرة")).isEqualTo(n("طايرة")).isEqualTo("طايره");
  }

  @Test
  void hamzaOnLineStays() {
    assertThat(n("سماء")).isEqualTo("سماء");
  }

  @Test
  void tehMarbuta() {
    assertThat(n("مدينة")).isEqualTo("مدينه");
  }

  @Test
  void tatweel() {
    assertThat(n("الرقـــة")).isEqualTo("الرقه");
  }

  @Test
  void harakat() {
    assertThat(n("مَدِينَةٌ")).isEqualTo("مدينه");
    assertThat(n("شدّة")).isEqualTo("شده");
    assertThat(n("سكْون")).isEqualTo("سكون");
  }

  @Test
  void superscriptAlef() {
    assertThat(n("هٰذا")).isEqualTo("هذا");
  }

  @Test
  void quranicMarks() {
    assertThat(n("الرحيم\u06D6\u06DA")).isEqualTo("الرحيم");
  }

  @Test
  void zeroWidthAndBidiControls() {
    assertThat(n("\u200Fال\u200Cرقة\u200D\u202B\u202C\u2066\u2069\uFEFF\u061C\u00AD"))
        .isEqualTo("الرقه");
  }

  @Test
  void presentationFormLigatureLamAlef() {
    assertThat(n("\uFEFB")).isEqualTo("لا");
  }

  @Test
  void presentationFormContextualLetters() {
    // ﺍﻟﺮﻗﺔ written with presentation forms
    assertThat(n("\uFE8D\uFEDF\uFEAE\uFED7\uFE94")).isEqualTo("الرقه");
  }

  @Test
  void presentationFormWordLigature() {
    assertThat(n("\uFDF2")).isEqualTo("الله");
  }

  @Test
  void presentationFormIsolatedHarakaDisappears() {
    assertThat(n("ب\uFE70")).isEqualTo("ب");
  }

  @Test
  void arabicIndicDigits() {
    assertThat(n("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
  }

  @Test
  void persianDigits() {
    assertThat(n("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
  }

  @Test
  void arabicDecimalAndThousandsSeparators() {
    assertThat(n("١٬٢٠٠٫٥")).isEqualTo("1,200.5");
  }

  @Test
  void arabicCommaStays() {
    assertThat(n("حلب، إدلب")).isEqualTo("حلب، ادلب");
  }

  @Test
  void latinLowerCased() {
    assertThat(n("ISIS Ürümqi")).isEqualTo("isis ürümqi");
  }

  @Test
  void dottedCapitalIIsLocaleIndependent() {
    assertThat(n("İ")).isEqualTo("i");
  }

  @Test
  void surrogatePairsCopied() {
    assertThat(n("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
  }

  @Test
  void unchangedRangeIsSubstring() {
    assertThat(ArabicNormalizer.normalize("xx حلب yy", 3, 6)).isEqualTo("حلب");
  }

  @Test
  void offsetsMapBackToOriginal() {
    String text = "ب\u064Eالرقـة";
    MappedText m = ArabicNormalizer.normalizeWithOffsets(text);
    assertThat(m.text()).isEqualTo("بالرقه");
    assertThat(m.toOriginal()).containsExactly(0, 2, 3, 4, 5, 7, 8);
    assertThat(m.toOriginal(1, 6)).isEqualTo(new org.hadath.model.Span(2, 8));
  }

  @Test
  void offsetsOfLigatureExpansionPointToLigature() {
    String text = "x\uFEFBy";
    MappedText m = ArabicNormalizer.normalizeWithOffsets(text, 0, 3);
    assertThat(m.text()).isEqualTo("xلاy");
    assertThat(m.toOriginal()).containsExactly(0, 1, 1, 2, 3);
  }

  @Test
  void offsetsOfSubRangeAreAbsolute() {
    MappedText m = ArabicNormalizer.normalizeWithOffsets("abc أب", 4, 6);
    assertThat(m.text()).isEqualTo("اب");
    assertThat(m.toOriginal()).containsExactly(4, 5, 6);
  }

  @Test
  void rangeOutsideTextIsRejected() {
    assertThatThrownBy(() -> ArabicNormalizer.normalize("abc", 2, 5))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("[2, 5)")
        .hasMessageContaining("length 3");
  }
}
