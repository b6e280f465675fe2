package org.hadath.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticsTest {

  private static String[] keys(String word) {
    return Clitics.keys(ArabicNormalizer.normalize(word));
  }

  @Test
  void articleRemovedFromFirstKey() {
    assertThat(keys("الرقة")).containsExactly("رقه");
  }

  @Test
  void articleKeptWhenStemWouldBeTooShort() {
    assertThat(keys("الي")).containsExactly("الي");
  }

  @Test
  void literalKeyComesFirst() {
    assertThat(keys("بغداد")).containsExactly("بغداد", "غداد");
  }

  @Test
  void prepositionBeh() {
    assertThat(keys("بمدينة")).containsExactly("بمدينه", "مدينه");
  }

  @Test
  void prepositionKaf() {
    assertThat(keys("كمدينة")).containsExactly("كمدينه", "مدينه");
  }

  @Test
  void prepositionWithArticle() {
    assertThat(keys("بالرقة")).containsExactly("بالرقه", "رقه");
    assertThat(keys("كالعادة")).containsExactly("كالعاده", "عاده");
  }

  @Test
  void lamPlusArticleWrittenLamLam() {
    assertThat(keys("للنظام")).containsExactly("للنظام", "لنظام", "نظام");
  }

  @Test
  void lamBeforeStemBeginningWithLam() {
    assertThat(keys("للبنان")).containsExactly("للبنان", "لبنان", "بنان");
  }

  @Test
  void conjunctionWaw() {
    assertThat(keys("والمعارضة")).containsExactly("والمعارضه", "معارضه");
    assertThat(keys("وقوات")).containsExactly("وقوات", "قوات");
  }

  @Test
  void conjunctionFeh() {
    assertThat(keys("فالنظام")).containsExactly("فالنظام", "نظام");
  }

  @Test
  void conjunctionThenPreposition() {
    assertThat(keys("وبالرقة")).containsExactly("وبالرقه", "بالرقه", "رقه");
    assertThat(keys("وبمدينة")).containsExactly("وبمدينه", "بمدينه", "مدينه");
  }

  @Test
  void conjunctionThenLamLam() {
    assertThat(keys("وللنظام")).containsExactly("وللنظام", "للنظام", "لنظام", "نظام");
    assertThat(keys("فللنظام")).containsExactly("فللنظام", "للنظام", "لنظام", "نظام");
  }

  @Test
  void neverLeavesStemShorterThanTwo() {
    assertThat(keys("ول")).containsExactly("ول");
    assertThat(keys("في")).containsExactly("في");
    assertThat(keys("بها")).containsExactly("بها", "ها");
  }

  @Test
  void allahKeepsItsArticle() {
    assertThat(keys("الله")).containsExactly("الله");
    assertThat(keys("بالله")).containsExactly("بالله", "الله");
    assertThat(keys("لله")).containsExactly("لله", "له", "الله");
    assertThat(keys("ولله")).containsExactly("ولله", "لله", "له", "الله");
  }

  @Test
  void emptyWordHasOneEmptyKey() {
    assertThat(Clitics.keys("")).containsExactly("");
  }

  @Test
  void stripArticle() {
    assertThat(Clitics.stripArticle("النظام")).isEqualTo("نظام");
    assertThat(Clitics.stripArticle("الا")).isEqualTo("الا");
  }
}
