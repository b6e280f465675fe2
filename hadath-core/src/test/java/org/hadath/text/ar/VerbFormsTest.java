package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

  @Test
  void pastOfSheGivesTheyAndDual() {
    assertThat(VerbForms.of("اعتقلت")).containsExactly("اعتقلوا", "اعتقلتا");
  }

  @Test
  void pastOfSheNeverGivesTheBareBaseNorObjects() {
    assertThat(VerbForms.of("فرقت")).doesNotContain("فرق");
    assertThat(VerbForms.of("سيطرت")).doesNotContain("سيطرتها");
  }

  @Test
  void presentOfHeGivesTheyDualAndObjects() {
    assertThat(VerbForms.of("يقصف"))
        .containsExactly("يقصفون", "يقصفوا", "يقصفان", "يقصفها", "يقصفهم", "يقصفهما");
  }

  @Test
  void pastOfHeGivesTheyDualSheAndObjects() {
    assertThat(VerbForms.of("اختطف"))
        .containsExactly(
            "اختطفوا",
            "اختطفا",
            "اختطفت",
            "اختطفتا",
            "اختطفها",
            "اختطفهم",
            "اختطفهما",
            "اختطفوه",
            "اختطفوها",
            "اختطفوهم");
  }

  @Test
  void threeLetterPastHasNoDual() {
    assertThat(VerbForms.of("فجر")).contains("فجروا").doesNotContain("فجرا");
  }

  @Test
  void pastOfHeNeverTakesBarePronounHeh() {
    assertThat(VerbForms.of("سيطر")).doesNotContain("سيطره");
  }

  @Test
  void shortVerbsGiveNothing() {
    assertThat(VerbForms.of("شن")).isEmpty();
    assertThat(VerbForms.of("")).isEmpty();
  }
}
