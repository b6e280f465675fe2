package org.hadath.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.hadath.text.QuantityTesting;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

class EnglishNumbersTest {

  private static String read(String text) {
    return QuantityTesting.read(
        text, (t, tokens, from, to) -> EnglishNumbers.read(tokens, from, to));
  }

  @Test
  void unitsTeensAndTens() {
    assertThat(read("one")).isEqualTo("1:1..1 qty:en:words");
    assertThat(read("twelve")).isEqualTo("1:12..12 qty:en:words");
    assertThat(read("Ninety")).isEqualTo("1:90..90 qty:en:words");
  }

  @Test
  void hyphenatedAndSpacedCompounds() {
    assertThat(read("twenty-one")).isEqualTo("3:21..21 qty:en:words");
    assertThat(read("twenty one")).isEqualTo("2:21..21 qty:en:words");
  }

  @Test
  void hundredsWithAnd() {
    assertThat(read("three hundred")).isEqualTo("2:300..300 qty:en:words");
    assertThat(read("two hundred and fifty")).isEqualTo("4:250..250 qty:en:words");
    assertThat(read("fifteen hundred")).isEqualTo("2:1500..1500 qty:en:words");
  }

  @Test
  void scales() {
    assertThat(read("two thousand five hundred")).isEqualTo("4:2500..2500 qty:en:words");
    assertThat(read("three million")).isEqualTo("2:3000000..3000000 qty:en:words");
  }

  @Test
  void articleAsOne() {
    assertThat(read("a hundred")).isEqualTo("2:100..100 qty:en:words");
    assertThat(read("a thousand")).isEqualTo("2:1000..1000 qty:en:words");
    assertThat(read("a man")).isEqualTo("none");
  }

  @Test
  void dozenMultiplies() {
    assertThat(read("two dozen")).isEqualTo("2:24..24 qty:en:words");
    assertThat(read("a dozen")).isEqualTo("2:12..12~ qty:en:a-dozen");
  }

  @Test
  void noOneIsNoNumber() {
    assertThat(QuantityTesting.matches("no one was hurt")).isEmpty();
    assertThat(QuantityTesting.matches("they blamed one another")).isEmpty();
  }

  @Test
  void vagueDozensTensHundreds() {
    assertThat(read("dozens")).isEqualTo("1:12..~ qty:en:dozens");
    assertThat(read("tens of people")).isEqualTo("1:10..~ qty:en:tens");
    assertThat(read("hundreds")).isEqualTo("1:100..~ qty:en:hundreds");
    assertThat(read("thousands")).isEqualTo("1:1000..~ qty:en:thousands");
    assertThat(read("scores of people")).isEqualTo("1:20..~ qty:en:scores");
  }

  @Test
  void tensAndScoresNeedOf() {
    assertThat(read("tens")).isEqualTo("none");
    assertThat(read("scores")).isEqualTo("none");
  }

  @Test
  void vagueTimesThousands() {
    assertThat(read("tens of thousands")).isEqualTo("3:10000..~ qty:en:tens-of-thousands");
    assertThat(read("hundreds of thousands")).isEqualTo("3:100000..~ qty:en:hundreds-of-thousands");
  }

  @Test
  void severalIsTenAsAcledCodesIt() {
    assertThat(read("several")).isEqualTo("1:10..~ qty:en:several");
    assertThat(read("a number of")).isEqualTo("3:10..~ qty:en:several");
    assertThat(read("numerous")).isEqualTo("1:10..~ qty:en:several");
    assertThat(read("many")).isEqualTo("none");
  }

  @Test
  void severalHundredReadsLikeHundreds() {
    assertThat(read("several hundred")).isEqualTo("2:100..~ qty:en:several");
    assertThat(read("several hundred thousand")).isEqualTo("3:100000..~ qty:en:several");
  }

  @Test
  void aFewAndACouple() {
    assertThat(read("a few")).isEqualTo("2:3..9~ qty:en:a-few");
    assertThat(read("a handful of")).isEqualTo("3:3..9~ qty:en:a-few");
    assertThat(read("a couple of")).isEqualTo("3:2..2~ qty:en:a-couple");
  }

  @Test
  void ordinalsAreNoNumbers() {
    assertThat(read("first")).isEqualTo("none");
    assertThat(read("third")).isEqualTo("none");
  }

  @Test
  void scaleAfterDigits() {
    assertThat(EnglishNumbers.scale(Tokenizer.tokenize("million").get(0))).hasValue(1_000_000);
    assertThat(EnglishNumbers.scale(Tokenizer.tokenize("hundred").get(0))).hasValue(100);
    assertThat(EnglishNumbers.scale(Tokenizer.tokenize("people").get(0))).isEmpty();
  }
}
