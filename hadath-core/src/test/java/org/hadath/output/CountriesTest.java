package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void syriaIsNumeric760InTheMiddleEast() {
    var syria = Countries.standard().byAlpha3("SYR").orElseThrow();
    assertThat(syria.numeric()).isEqualTo(760);
    assertThat(syria.acledRegion()).isEqualTo("Middle East");
  }

  @Test
  void lookupIgnoresCase() {
    assertThat(Countries.standard().byAlpha3("irq").orElseThrow().numeric()).isEqualTo(368);
  }

  @Test
  void numericCodesLoseLeadingZerosAsAcledWritesThem() {
    assertThat(Countries.standard().byAlpha3("AFG").orElseThrow().numeric()).isEqualTo(4);
  }

  @Test
  void everyIsoCountryIsListedWithARegion() {
    Countries c = Countries.standard();
    assertThat(c.size()).isEqualTo(249);
    assertThat(c.version()).isNotBlank();
    for (String iso3 :
        java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3)) {
      c.byAlpha3(iso3).ifPresent(x -> assertThat(x.acledRegion()).as(iso3).isNotBlank());
    }
  }

  @Test
  void unknownCodeIsEmpty() {
    assertThat(Countries.standard().byAlpha3("XKX")).isEmpty();
  }
}
