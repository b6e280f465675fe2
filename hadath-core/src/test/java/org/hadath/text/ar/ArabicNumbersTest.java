package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.hadath.text.QuantityTesting;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

class ArabicNumbersTest {

  /** endToken:low..high[~] rule, or none. */
  private static String read(String text) {
    return QuantityTesting.read(text, ArabicNumbers::read);
  }

  @Test
  void unitsInBothGendersAndCases() {
    assertThat(read("واحد")).isEqualTo("1:1..1 qty:ar:words");
    assertThat(read("واحدة")).isEqualTo("1:1..1 qty:ar:words");
    assertThat(read("اثنان")).isEqualTo("1:2..2 qty:ar:words");
    assertThat(read("اثنين")).isEqualTo("1:2..2 qty:ar:words");
    assertThat(read("اثنتين")).isEqualTo("1:2..2 qty:ar:words");
    assertThat(read("ثلاثة")).isEqualTo("1:3..3 qty:ar:words");
    assertThat(read("ثلاث")).isEqualTo("1:3..3 qty:ar:words");
    assertThat(read("ثماني")).isEqualTo("1:8..8 qty:ar:words");
    assertThat(read("تسع")).isEqualTo("1:9..9 qty:ar:words");
    assertThat(read("عشرة")).isEqualTo("1:10..10 qty:ar:words");
    assertThat(read("عشر")).isEqualTo("1:10..10 qty:ar:words");
  }

  @Test
  void teens() {
    assertThat(read("أحد عشر")).isEqualTo("2:11..11 qty:ar:words");
    assertThat(read("إحدى عشرة")).isEqualTo("2:11..11 qty:ar:words");
    assertThat(read("اثنا عشر")).isEqualTo("2:12..12 qty:ar:words");
    assertThat(read("اثني عشر")).isEqualTo("2:12..12 qty:ar:words");
    assertThat(read("اثنتي عشرة")).isEqualTo("2:12..12 qty:ar:words");
    assertThat(read("ثلاثة عشر")).isEqualTo("2:13..13 qty:ar:words");
    assertThat(read("تسع عشرة")).isEqualTo("2:19..19 qty:ar:words");
  }

  @Test
  void teenHeadAloneIsNoNumber() {
    assertThat(read("أحد المدنيين")).isEqualTo("none");
    assertThat(read("إحدى القرى")).isEqualTo("none");
  }

  @Test
  void ordinalTeenIsNoNumber() {
    assertThat(QuantityTesting.matches("طفل في الخامسة عشرة من عمره")).isEmpty();
  }

  @Test
  void tensAndUnitThenTens() {
    assertThat(read("عشرون")).isEqualTo("1:20..20 qty:ar:words");
    assertThat(read("تسعين")).isEqualTo("1:90..90 qty:ar:words");
    assertThat(read("واحد وعشرون")).isEqualTo("2:21..21 qty:ar:words");
    assertThat(read("ثلاثة وأربعين")).isEqualTo("2:43..43 qty:ar:words");
  }

  @Test
  void unitThenUnitIsTwoNumbers() {
    assertThat(read("خمسة وعشرة")).isEqualTo("1:5..5 qty:ar:words");
  }

  @Test
  void hundreds() {
    assertThat(read("مئة")).isEqualTo("1:100..100 qty:ar:words");
    assertThat(read("مائة")).isEqualTo("1:100..100 qty:ar:words");
    assertThat(read("مئتان")).isEqualTo("1:200..200 qty:ar:words");
    assertThat(read("مائتين")).isEqualTo("1:200..200 qty:ar:words");
    assertThat(read("ثلاثمئة")).isEqualTo("1:300..300 qty:ar:words");
    assertThat(read("تسعمائة")).isEqualTo("1:900..900 qty:ar:words");
    assertThat(read("ثلاث مئة")).isEqualTo("2:300..300 qty:ar:words");
    assertThat(read("مئة وخمسون")).isEqualTo("2:150..150 qty:ar:words");
    assertThat(read("مئة وخمسة وعشرون")).isEqualTo("3:125..125 qty:ar:words");
    assertThat(read("مئتان وثلاثة عشر")).isEqualTo("3:213..213 qty:ar:words");
  }

  @Test
  void scales() {
    assertThat(read("ألف")).isEqualTo("1:1000..1000 qty:ar:words");
    assertThat(read("ألفين")).isEqualTo("1:2000..2000 qty:ar:words");
    assertThat(read("ثلاثة آلاف")).isEqualTo("2:3000..3000 qty:ar:words");
    assertThat(read("عشرين ألفا")).isEqualTo("2:20000..20000 qty:ar:words");
    assertThat(read("ثلاثمائة ألف")).isEqualTo("2:300000..300000 qty:ar:words");
    assertThat(read("ألف ومئتان")).isEqualTo("2:1200..1200 qty:ar:words");
    assertThat(read("ثلاثة آلاف وخمسمئة")).isEqualTo("3:3500..3500 qty:ar:words");
    assertThat(read("مليون")).isEqualTo("1:1000000..1000000 qty:ar:words");
    assertThat(read("خمسة ملايين")).isEqualTo("2:5000000..5000000 qty:ar:words");
  }

  @Test
  void procliticsOnFirstWord() {
    assertThat(read("بعشرة")).isEqualTo("1:10..10 qty:ar:words");
    assertThat(read("لخمسة")).isEqualTo("1:5..5 qty:ar:words");
    assertThat(read("وثلاثين")).isEqualTo("1:30..30 qty:ar:words");
    assertThat(read("وبثلاثة")).isEqualTo("1:3..3 qty:ar:words");
  }

  @Test
  void articleMakesNoCount() {
    assertThat(read("الخمسة")).isEqualTo("none");
    assertThat(read("الاثنين")).isEqualTo("none");
    assertThat(read("العشرين")).isEqualTo("none");
  }

  @Test
  void shortStemTakesNoPreposition() {
    assertThat(read("لست خائفا")).isEqualTo("none");
    assertThat(read("ست")).isEqualTo("1:6..6 qty:ar:words");
  }

  @Test
  void kafIsNoPrefix() {
    assertThat(read("كمية")).isEqualTo("none");
    assertThat(read("كميات")).isEqualTo("none");
  }

  @Test
  void vagueTens() {
    assertThat(read("عشرات")).isEqualTo("1:10..~ qty:ar:tens");
    assertThat(read("العشرات")).isEqualTo("1:10..~ qty:ar:tens");
  }

  @Test
  void vagueHundredsAndThousands() {
    assertThat(read("مئات")).isEqualTo("1:100..~ qty:ar:hundreds");
    assertThat(read("آلاف")).isEqualTo("1:1000..~ qty:ar:thousands");
    assertThat(read("الآلاف")).isEqualTo("1:1000..~ qty:ar:thousands");
    assertThat(read("ملايين")).isEqualTo("1:1000000..~ qty:ar:millions");
  }

  @Test
  void vagueTimesScale() {
    assertThat(read("عشرات الآلاف")).isEqualTo("2:10000..~ qty:ar:tens-of-thousands");
    assertThat(read("مئات الآلاف")).isEqualTo("2:100000..~ qty:ar:hundreds-of-thousands");
  }

  @Test
  void severalIsTenAsAcledCodesIt() {
    assertThat(read("عدة طائرات")).isEqualTo("1:10..~ qty:ar:several");
    assertThat(read("العديد من الضحايا")).isEqualTo("2:10..~ qty:ar:several");
    assertThat(read("عدد من المدنيين")).isEqualTo("2:10..~ qty:ar:several");
    assertThat(read("عدد كبير من الجنود")).isEqualTo("3:10..~ qty:ar:several");
  }

  @Test
  void numberWithoutMinIsNotSeveral() {
    assertThat(read("عدد القتلى")).isEqualTo("none");
  }

  @Test
  void afterItIsNotSeveral() {
    assertThat(read("بعده مباشرة")).isEqualTo("none");
    assertThat(read("بعدة صواريخ")).isEqualTo("1:10..~ qty:ar:several");
  }

  @Test
  void aFewIsThreeToNine() {
    assertThat(read("بضعة أشخاص")).isEqualTo("1:3..9~ qty:ar:a-few");
    assertThat(read("بضع")).isEqualTo("1:3..9~ qty:ar:a-few");
    assertThat(read("عدد قليل من")).isEqualTo("3:3..9~ qty:ar:a-few");
  }

  @Test
  void masculineDualOfListedNoun() {
    assertThat(read("قتيلان")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("قتيلين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("شخصين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("عنصرين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("جريحين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("جنديين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("والقتيلين")).isEqualTo("1:2..2 qty:ar:dual");
  }

  @Test
  void feminineDualOfListedNoun() {
    assertThat(read("غارتين")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("امرأتان")).isEqualTo("1:2..2 qty:ar:dual");
    assertThat(read("طائرتين")).isEqualTo("1:2..2 qty:ar:dual");
  }

  @Test
  void soundPluralIsNotDual() {
    assertThat(read("مدنيين")).isEqualTo("none");
    assertThat(read("مسلحين")).isEqualTo("none");
    assertThat(read("غارات")).isEqualTo("none");
  }

  @Test
  void dualWithTwoIsOneReading() {
    assertThat(read("قتيلين اثنين")).isEqualTo("2:2..2 qty:ar:dual");
  }

  @Test
  void pluralWithTwoIsReadThroughTheNumber() {
    assertThat(QuantityTesting.matches("مدنيين اثنين"))
        .containsExactly("اثنين=2..2 qty:ar:words COUNT");
  }

  @Test
  void adjectivalNumbers() {
    assertThat(ArabicNumbers.isAdjectival(Tokenizer.tokenize("واحد").get(0))).isTrue();
    assertThat(ArabicNumbers.isAdjectival(Tokenizer.tokenize("اثنين").get(0))).isTrue();
    assertThat(ArabicNumbers.isAdjectival(Tokenizer.tokenize("ثلاثة").get(0))).isFalse();
  }

  @Test
  void scaleAfterDigits() {
    assertThat(ArabicNumbers.scale(Tokenizer.tokenize("ألف").get(0))).hasValue(1000);
    assertThat(ArabicNumbers.scale(Tokenizer.tokenize("آلاف").get(0))).hasValue(1000);
    assertThat(ArabicNumbers.scale(Tokenizer.tokenize("مليون").get(0))).hasValue(1_000_000);
    assertThat(ArabicNumbers.scale(Tokenizer.tokenize("وألف").get(0))).isEmpty();
  }

  @Test
  void overflowIsNotRead() {
    assertThat(read("ثلاثة آلاف مليار")).isEqualTo("2:3000..3000 qty:ar:words");
    assertThat(read("مليارين")).isEqualTo("none");
  }
}
