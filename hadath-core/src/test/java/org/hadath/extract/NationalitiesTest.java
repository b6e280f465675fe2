package org.hadath.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Nationalities#agentOf}. */
class NationalitiesTest {
  private static Optional<String> agent(String text, String trigger) {
    List<Token> tokens = Tokenizer.tokenize(text);
    int first = -1;
    String[] words = trigger.split(" ");
    for (int i = 0; i + words.length <= tokens.size() && first < 0; i++) {
      boolean all = true;
      for (int k = 0; k < words.length; k++) {
        all &= text.substring(tokens.get(i + k).start(), tokens.get(i + k).end()).equals(words[k]);
      }
      if (all) {
        first = i;
      }
    }
    assertThat(first).as("trigger %s in %s", trigger, text).isNotNegative();
    return Nationalities.standard()
        .agentOf(tokens, 0, tokens.size(), first, first + words.length)
        .map(Match::value);
  }

  @Test
  void arabicAdjectiveAfterTheTrigger() {
    assertThat(agent("استهدفت غارة جوية إسرائيلية سيارة في الجنوب", "غارة")).contains("Israel");
  }

  @Test
  void arabicAircraftWithAdjectiveBeforeTheTrigger() {
    assertThat(agent("شنت طائرة أمريكية بلا طيار أمس غارة على سيارتين", "غارة"))
        .contains("United States");
  }

  @Test
  void arabicAdjectiveBeforeTheTriggerWithoutAnAircraftWordIsNoAgent() {
    assertThat(agent("قال مسؤول أمريكي إن غارة استهدفت سيارتين", "غارة")).isEmpty();
  }

  @Test
  void englishAdjectiveRightBeforeTheTrigger() {
    assertThat(agent("An Israeli airstrike hit a car", "airstrike")).contains("Israel");
  }

  @Test
  void englishAdjectiveWithWeaponWordsBetween() {
    assertThat(agent("Saudi rocket and artillery shelling was reported", "shelling"))
        .contains("Saudi Arabia");
  }

  @Test
  void englishAdjectiveBeyondOtherWordsIsNoAgent() {
    assertThat(agent("Saudi officials said shelling was reported", "shelling")).isEmpty();
  }
}
