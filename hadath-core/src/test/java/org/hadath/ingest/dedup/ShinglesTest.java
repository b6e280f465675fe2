package org.hadath.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String AR =
      "قتل ثلاثة مدنيين وجرح خمسة آخرون في غارة جوية على مدينة الرقة صباح اليوم";
  private static final String EN =
      "Three civilians were killed and five wounded in an air strike on Raqqa this morning";

  @Test
  void punctuationAndWhitespaceAreNotWords() {
    assertThat(
            Shingles.of("Three civilians, were killed... and five  wounded\n in an (air) strike!"))
        .isEqualTo(Shingles.of("Three civilians were killed and five wounded in an air strike"));
  }

  @Test
  void diacriticsTatweelAlefHamzaAndTehMarbutaAreNormalised() {
    assertThat(Shingles.of("قُتِلَ ثلاثةُ مدنيين وجُرِحَ خمسـة آخرون في غارة جويّة على مدينة إدلب"))
        .isEqualTo(Shingles.of("قتل ثلاثه مدنيين وجرح خمسة اخرون في غاره جوية على مدينه ادلب"));
  }

  @Test
  void theArabicDefiniteArticleIsIgnored() {
    assertThat(Shingles.of("قتل ثلاثة مدنيين في الغارة الجوية على المدينة صباح اليوم"))
        .isEqualTo(Shingles.of("قتل ثلاثة مدنيين في غارة جوية على مدينة صباح يوم"));
  }

  @Test
  void letterCaseAndArabicIndicDigitsAreNormalised() {
    assertThat(Shingles.of("THREE CIVILIANS WERE KILLED AND 5 WOUNDED IN AN AIR STRIKE"))
        .isEqualTo(Shingles.of("three civilians were killed and ٥ wounded in an air strike"));
  }

  @Test
  void aShingleIsThreeConsecutiveWordsAndRepeatsCountOnce() {
    assertThat(Shingles.of(EN)).hasSize(EN.split(" ").length - 2);
    assertThat(Shingles.of("one two three one two three one two three one two three"))
        .hasSize(3); // «one two three», «two three one», «three one two»
  }

  @Test
  void wordOrderMatters() {
    assertThat(Shingles.of("a b c d e f g h")).isNotEqualTo(Shingles.of("h g f e d c b a"));
  }

  @Test
  void textsOfFewerThanEightWordsHaveNoShingles() {
    assertThat(Shingles.of("قتل ثلاثة مدنيين في غارة جوية")).isEmpty();
    assertThat(Shingles.of("one two three four five six seven")).isEmpty();
    assertThat(Shingles.of("one two three four five six seven eight")).hasSize(6);
    assertThat(Shingles.of("")).isEmpty();
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    long[] s = Shingles.of(AR + " " + AR);
    for (int i = 1; i < s.length; i++) {
      assertThat(s[i]).isGreaterThan(s[i - 1]);
    }
  }

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(5);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(200);
      for (int j = 0; j < n; j++) {
        sb.append((char) (r.nextBoolean() ? r.nextInt(0x80) : 0x600 + r.nextInt(0x100)));
        if (r.nextInt(10) == 0) {
          sb.append((char) r.nextInt(0x10000));
        }
      }
      long[] s = Shingles.of(sb.toString());
      int[] sig = MinHash.signature(s);
      assertThat(sig == null).isEqualTo(s.length == 0);
    }
  }
}
