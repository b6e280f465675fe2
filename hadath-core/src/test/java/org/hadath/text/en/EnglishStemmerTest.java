package org.hadath.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishStemmerTest {

  private static String s(String w) {
    return EnglishStemmer.stem(w);
  }

  @Test
  void pluralIesToY() {
    assertThat(s("casualties")).isEqualTo("casualty");
    assertThat(s("dies")).isEqualTo("die");
  }

  @Test
  void pluralEsAfterSibilant() {
    assertThat(s("clashes")).isEqualTo("clash");
    assertThat(s("boxes")).isEqualTo("box");
    assertThat(s("buses")).isEqualTo("bus");
    assertThat(s("churches")).isEqualTo("church");
  }

  @Test
  void pluralS() {
    assertThat(s("strikes")).isEqualTo("strike");
    assertThat(s("militias")).isEqualTo("militia");
    assertThat(s("forces")).isEqualTo("force");
  }

  @Test
  void pluralSNotAfterSUOrI() {
    assertThat(s("status")).isEqualTo("status");
    assertThat(s("isis")).isEqualTo("isis");
    assertThat(s("class")).isEqualTo("class");
  }

  @Test
  void pastIed() {
    assertThat(s("carried")).isEqualTo("carry");
    assertThat(s("died")).isEqualTo("die");
  }

  @Test
  void pastEd() {
    assertThat(s("killed")).isEqualTo("kill");
    assertThat(s("attacked")).isEqualTo("attack");
    assertThat(s("targeted")).isEqualTo("target");
  }

  @Test
  void gerundIng() {
    assertThat(s("bombing")).isEqualTo("bomb");
    assertThat(s("killing")).isEqualTo("kill");
  }

  @Test
  void doubledConsonantUndoubled() {
    assertThat(s("hitting")).isEqualTo("hit");
    assertThat(s("stopped")).isEqualTo("stop");
    assertThat(s("shelling")).isEqualTo("shell");
  }

  @Test
  void shortStemGetsEBack() {
    assertThat(s("striking")).isEqualTo("strike");
    assertThat(s("fired")).isEqualTo("fire");
  }

  @Test
  void shortWordsUnchanged() {
    assertThat(s("red")).isEqualTo("red");
    assertThat(s("king")).isEqualTo("king");
    assertThat(s("was")).isEqualTo("was");
    assertThat(s("")).isEmpty();
  }

  @Test
  void pluralGerundStemsLikeTheGerund() {
    assertThat(s("bombings")).isEqualTo(s("bombing")).isEqualTo("bomb");
    assertThat(s("shellings")).isEqualTo("shell");
    assertThat(s("kidnappings")).isEqualTo(s("kidnapping"));
    assertThat(s("kings")).isEqualTo("king");
  }
}
