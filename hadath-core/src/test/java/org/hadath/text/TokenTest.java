package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void isAnyOfLooksAtTheNormalisedFormAndEveryKey() {
    Token t = Tokenizer.tokenize("والطائرات").get(0);
    assertThat(t.isAnyOf(Set.of("طايرات"))).isTrue(); // a key without the conjunction
    assertThat(t.isAnyOf(Set.of("والطايرات"))).isTrue(); // the normalised form itself
    assertThat(t.isAnyOf(Set.of("طائرات", "مروحيات"))).isFalse(); // unnormalised spelling
  }
}
