package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HadathVersionTest {
  @Test
  void versionIsFilteredFromThePom() {
    assertThat(HadathVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
  }
}
