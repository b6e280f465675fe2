package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hadath.model.Language;
import org.hadath.text.LanguageIdentifier.Identification;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

  private static final String AR =
      "قتل عشرة مدنيين وأصيب أكثر من عشرين آخرين، اليوم الخميس، في غارات جوية استهدفت أحياء"
          + " سكنية في مدينة الرقة شمالي سوريا، بحسب ما أفاد المرصد السوري لحقوق الإنسان.";
  private static final String AR_WITH_ENGLISH_NAMES =
      "قال المتحدث باسم وزارة الدفاع الأمريكية John Kirby إن طائرات التحالف نفذت ضربات جوية"
          + " قرب مدينة Raqqa، مؤكداً مقتل قياديين في تنظيم داعش.";
  private static final String EN =
      "At least ten civilians were killed and more than 20 wounded on Wednesday in air strikes"
          + " on the city of Raqqa, a monitoring group said.";
  private static final String FA =
      "در پی حمله هوایی ائتلاف به شهر رقه در شمال سوریه دست کم ده غیرنظامی کشته و بیش از بیست"
          + " نفر زخمی شدند.";
  private static final String FA_ARABIC_KEYBOARD =
      "در پي حمله هوايي ائتلاف به شهر رقه در شمال سوريه ده غيرنظامي كشته شدند.";
  private static final String UR =
      "شام کے شہر رقہ پر فضائی حملے میں کم از کم دس عام شہری ہلاک اور بیس سے زائد زخمی ہو گئے۔";
  private static final String CKB =
      "بەهۆی هێرشی ئاسمانی هاوپەیمانان بۆ سەر شاری ڕەقە، لانیکەم دە هاووڵاتی کوژران و زیاتر لە"
          + " بیست کەسی تر بریندار بوون.";
  private static final String PS = "د سوریې په رقه ښار کې په هوايي برید کې لس ملکي وګړي ووژل شول.";

  private static Identification id(String text) {
    return IDENTIFIER.identify(text);
  }

  @Test
  void tooShortIsUnknown() {
    assertThat(id("قصف")).isEqualTo(new Identification(Language.UNKNOWN, 0, "lang:too-short"));
    assertThat(id("  12 ...  ").rule()).isEqualTo("lang:too-short");
  }

  @Test
  void otherScriptIsUnknown() {
    Identification id = id("Российские войска нанесли удар по городу Ракка.");
    assertThat(id.language()).isEqualTo(Language.UNKNOWN);
    assertThat(id.rule()).isEqualTo("lang:other-script");
  }

  @Test
  void englishFunctionWordsGiveEnglish() {
    Identification id = id(EN);
    assertThat(id.language()).isEqualTo(Language.EN);
    assertThat(id.rule()).isEqualTo("lang:en-words");
    assertThat(id.confidence()).isGreaterThan(0.9);
  }

  @Test
  void englishTextWithArabicWordsIsEnglish() {
    Identification id =
        id(
            "The Syrian Democratic Forces (قسد) said on Monday that its fighters had entered Raqqa.");
    assertThat(id.language()).isEqualTo(Language.EN);
  }

  @Test
  void englishHeadlineWithConflictWordsIsEnglish() {
    assertThat(id("Syria: Air strikes kill dozens"))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.EN, "lang:en-words");
  }

  @Test
  void shortEnglishTitleWithoutListedWordsGoesToModel() {
    Identification id = id("Assad regime and SDF cooperate around Raqqa");
    assertThat(id.language()).isEqualTo(Language.EN);
    assertThat(id.rule()).isEqualTo("lang:model");
  }

  @Test
  void otherLatinLanguageIsUnknownByModel() {
    Identification id =
        id("Au moins dix civils ont été tués dans des frappes aériennes sur la ville de Raqqa.");
    assertThat(id.language()).isEqualTo(Language.UNKNOWN);
    assertThat(id.rule()).isEqualTo("lang:model-other");
  }

  @Test
  void arabicProfileGivesArabic() {
    Identification id = id(AR);
    assertThat(id.language()).isEqualTo(Language.AR);
    assertThat(id.rule()).isEqualTo("lang:ar-profile");
    assertThat(id.confidence()).isGreaterThan(0.9);
  }

  @Test
  void arabicWithEnglishNamesIsArabic() {
    Identification id = id(AR_WITH_ENGLISH_NAMES);
    assertThat(id.language()).isEqualTo(Language.AR);
    assertThat(id.rule()).isEqualTo("lang:ar-profile");
  }

  @Test
  void shortArabicTitleIsArabic() {
    assertThat(id("مقتل 10 مدنيين بقصف على الرقة"))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.AR, "lang:ar-profile");
  }

  @Test
  void arabicTitleWithoutMarkersGoesToModel() {
    assertThat(id("الأسد وقسد يتعاونان"))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.AR, "lang:model");
  }

  @Test
  void arabicWithOneKurdishNameStaysArabic() {
    assertThat(id("زار وفد من الاتحاد الوطني الكردستاني مدينة ڕانیە الكردية أمس").language())
        .isEqualTo(Language.AR);
  }

  @Test
  void persianLettersGivePersian() {
    assertThat(id(FA))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.FA, "lang:fa-profile");
  }

  @Test
  void persianTypedWithArabicLettersIsPersian() {
    assertThat(id(FA_ARABIC_KEYBOARD))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.FA, "lang:fa-profile");
  }

  @Test
  void urduLettersGiveUrdu() {
    assertThat(id(UR))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.UR, "lang:ur-letters");
  }

  @Test
  void soraniLettersGiveCentralKurdish() {
    assertThat(id(CKB))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.CKB, "lang:ckb-letters");
  }

  @Test
  void pashtoLettersAreUnknown() {
    assertThat(id(PS))
        .extracting(Identification::language, Identification::rule)
        .containsExactly(Language.UNKNOWN, "lang:other-arabic-script");
  }

  @Test
  void nonArabicScriptLanguagesAreNeverArabic() {
    for (String text : new String[] {FA, FA_ARABIC_KEYBOARD, UR, CKB, PS}) {
      assertThat(id(text).language()).as(text).isNotEqualTo(Language.AR);
    }
  }

  @Test
  void modelCodesMapToLanguages() {
    assertThat(LanguageIdentifier.fromModelCode("ara")).isEqualTo(Language.AR);
    assertThat(LanguageIdentifier.fromModelCode("pes")).isEqualTo(Language.FA);
    assertThat(LanguageIdentifier.fromModelCode("pnb")).isEqualTo(Language.UR);
    assertThat(LanguageIdentifier.fromModelCode("eng")).isEqualTo(Language.EN);
    assertThat(LanguageIdentifier.fromModelCode("pus")).isEqualTo(Language.UNKNOWN);
  }

  @Test
  void modelLoadsFromClasspath() {
    assertThat(LanguageIdentifier.class.getResource(LanguageIdentifier.MODEL_RESOURCE)).isNotNull();
  }

  @Test
  void longTextIsReadOnlyInItsPrefix() {
    String text = AR.repeat(100) + EN.repeat(1000);
    assertThat(id(text).language()).isEqualTo(Language.AR);
  }

  @Test
  void randomStringsNeverThrow() {
    Random random = new Random(7);
    String alphabet = "abc xyzقتلمنفيعلىةىپچژگیکڕڵۆێەٹڈڑںےہ ښګ日本Я .،\u064E\u0640\u200C";
    for (int round = 0; round < 3_000; round++) {
      int length = random.nextInt(80);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sb.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x10000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Identification id = IDENTIFIER.identify(sb);
      assertThat(id.confidence()).isBetween(0.0, 1.0);
      assertThat(id.rule()).startsWith("lang:");
    }
  }
}
