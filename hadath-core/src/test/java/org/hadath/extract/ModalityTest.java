package org.hadath.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Modality} added for segmentation and grievances. */
class ModalityTest {
  /** The exclusion of the first token whose normalised form or stripped key is {@code word}. */
  private static Optional<String> exclusionAt(String text, String word) {
    List<Token> tokens = Tokenizer.tokenize(text);
    return Modality.exclusion(tokens, 0, tokens.size(), index(tokens, word));
  }

  private static int index(List<Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.norm().equals(word) || t.keys()[t.keys().length - 1].equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  @Test
  void withoutBeforeAnIsNegation() {
    assertThat(exclusionAt("غادر الجنود دون أن تقدم السلطات أي تفسير", "تقدم")).contains("negated");
  }

  @Test
  void withoutMeaningUnderIsNoNegation() {
    assertThat(exclusionAt("قتل خمسة أطفال دون سن العاشرة في غارة على البلدة", "غاره")).isEmpty();
  }

  @Test
  void chargeArabicIsAccusation() {
    assertThat(exclusionAt("اعتقلت الشرطة شخصين بتهمة تنفيذ تفجير", "تفجير"))
        .contains("accusation");
  }

  @Test
  void chargeEnglishNeedsItsPreposition() {
    assertThat(exclusionAt("two activists accused of hurling a Molotov cocktail", "molotov"))
        .contains("accusation");
    assertThat(exclusionAt("Turkey accused the PKK of the bombing", "bombing")).isEmpty();
  }

  @Test
  void theMorrowAfterTriggerIsFuture() {
    assertThat(exclusionAt("أوضح التحالف أن مظاهرة الغد تندرج ضمن أسبوع احتجاجي", "مظاهره"))
        .contains("future");
  }

  @Test
  void seekingToIsFuture() {
    assertThat(exclusionAt("تنظيم داعش الساعي إلى ضرب استقرار المدينة", "ضرب")).contains("future");
  }

  @Test
  void frequentIsHabitual() {
    assertThat(exclusionAt("Land is a frequent cause of fighting between them", "fighting"))
        .contains("habitual");
  }

  @Test
  void protestGrievanceAfterRelativePronoun() {
    List<Token> t =
        Tokenizer.tokenize("families who claim their children were kidnapped held a sit-in");
    assertThat(Modality.protestGrievance(t, 0, index(t, "kidnapped"), false)).isTrue();
    assertThat(Modality.protestGrievance(t, 0, index(t, "kidnapped"), true)).isTrue(); // "claim"
  }

  @Test
  void protestGrievanceRelativeNotForDemonstratorsOwnViolence() {
    List<Token> t = Tokenizer.tokenize("police dispersed protesters who threw stones");
    assertThat(Modality.protestGrievance(t, 0, index(t, "threw"), true)).isFalse();
  }

  @Test
  void protestGrievanceStopsAtConjunction() {
    List<Token> t =
        Tokenizer.tokenize("they demonstrated against the law and police fired tear gas");
    assertThat(Modality.protestGrievance(t, 0, index(t, "tear"), false)).isFalse();
  }

  @Test
  void diedOfWoundsArabicAndEnglish() {
    List<Token> ar = Tokenizer.tokenize("توفي طفل أمس متأثراً بجراحه");
    List<Token> en = Tokenizer.tokenize("A boy died on Sunday of wounds from the shelling");
    List<Token> no = Tokenizer.tokenize("A boy died in the shelling on Sunday");
    assertThat(Modality.diedOfWounds(ar, 0, ar.size())).isTrue();
    assertThat(Modality.diedOfWounds(en, 0, en.size())).isTrue();
    assertThat(Modality.diedOfWounds(no, 0, no.size())).isFalse();
  }

  @Test
  void randomTextNeverThrows() {
    Random r = new Random(42);
    String alphabet = "دون أن تهمة who against died wounds متأثرا، ,.؟ 2012 الذين x";
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(60); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      List<Token> t = Tokenizer.tokenize(b.toString());
      for (int i = 0; i < t.size(); i++) {
        Modality.exclusion(t, 0, t.size(), i);
        Modality.protestGrievance(t, 0, i, r.nextBoolean());
      }
      Modality.diedOfWounds(t, 0, t.size());
    }
  }
}
