package org.hadath.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishKeysTest {

  @Test
  void possessiveRemoved() {
    assertThat(EnglishKeys.key("assad's")).isEqualTo("assad");
    assertThat(EnglishKeys.key("assad\u2019s")).isEqualTo("assad");
  }

  @Test
  void pluralPossessiveLosesApostrophe() {
    assertThat(EnglishKeys.key("rebels'")).isEqualTo("rebels");
  }

  @Test
  void otherWordsUnchanged() {
    assertThat(EnglishKeys.key("syria")).isEqualTo("syria");
    assertThat(EnglishKeys.key("'s")).isEqualTo("'s");
  }
}
