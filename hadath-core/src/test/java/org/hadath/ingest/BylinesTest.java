package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per byline rule of {@link Bylines}. */
class BylinesTest {
  private final Bylines bylines = Bylines.bundled();

  private Byline read(String line) {
    Optional<Byline> b = bylines.read(line, true);
    assertThat(b).as("byline in '%s'", line).isPresent();
    return b.get();
  }

  private static String outlet(Byline b) {
    return b.outlet().map(Outlet::name).orElse("-");
  }

  @Test
  void outletDashPlaceParenthesisedAuthor() {
    Byline b = read("بلدي نيوز – الرقة (مأمون السيد)");
    assertThat(outlet(b)).isEqualTo("Baladi News");
    assertThat(b.dateline()).contains("الرقة");
    assertThat(b.author()).contains("مأمون السيد");
    assertThat(b.length()).isZero();
  }

  @Test
  void outletHyphenPlace() {
    Byline b = read("عنب بلدي - حلب");
    assertThat(outlet(b)).isEqualTo("Enab Baladi");
    assertThat(b.dateline()).contains("حلب");
  }

  @Test
  void placeDashOutlet() {
    Byline b = read("ريف دمشق - عنب بلدي");
    assertThat(outlet(b)).isEqualTo("Enab Baladi");
    assertThat(b.dateline()).contains("ريف دمشق");
  }

  @Test
  void placeHyphenOutletWithoutSpacesBetweenArabicLetters() {
    Byline b = read("دمشق-سانا");
    assertThat(outlet(b)).isEqualTo("SANA");
    assertThat(b.dateline()).contains("دمشق");
  }

  @Test
  void outletUnderscoreFollowUps() {
    Byline b = read("قاسيون_متابعات");
    assertThat(outlet(b)).isEqualTo("Qasioun News");
    assertThat(b.dateline()).isEmpty();
  }

  @Test
  void placeDashExclusiveHasNoOutlet() {
    Byline b = read("حلب - خاص");
    assertThat(b.outlet()).isEmpty();
    assertThat(b.dateline()).contains("حلب");
  }

  @Test
  void exclusiveToOutletNamesTheOutlet() {
    Byline b = read("إدلب - خاص لعنب بلدي");
    assertThat(outlet(b)).isEqualTo("Enab Baladi");
    assertThat(b.dateline()).contains("إدلب");
  }

  @Test
  void wirePlaceParenthesisedAgencyDash() {
    String line = "BEIRUT (Reuters) - Air strikes killed five people on Tuesday.";
    Byline b = read(line);
    assertThat(outlet(b)).isEqualTo("Reuters");
    assertThat(b.dateline()).contains("BEIRUT");
    assertThat(line.substring(b.length())).startsWith("Air strikes");
  }

  @Test
  void wirePlaceCommaDateParenthesisedAgencyEmDash() {
    String line = "DAMASCUS, March 3 (AP) — Shelling hit the suburbs, state media said.";
    Byline b = read(line);
    assertThat(outlet(b)).isEqualTo("AP");
    assertThat(b.dateline()).contains("DAMASCUS");
    assertThat(line.substring(b.length())).startsWith("Shelling");
  }

  @Test
  void wireInArabic() {
    Byline b = read("بيروت (رويترز) - قال المرصد السوري إن ثلاثة مدنيين قتلوا.");
    assertThat(outlet(b)).isEqualTo("Reuters");
    assertThat(b.dateline()).contains("بيروت");
  }

  @Test
  void wireNeedsAKnownAgency() {
    assertThat(bylines.read("BEIRUT (Local Council) - Five people were killed on Tuesday.", true))
        .isEmpty();
  }

  @Test
  void authorCueArabic() {
    Byline b = read("بقلم: خالد الخطيب");
    assertThat(b.author()).contains("خالد الخطيب");
    assertThat(b.outlet()).isEmpty();
  }

  @Test
  void authorCueEnglishWithOutlet() {
    Byline b = read("By Jane Doe, Reuters");
    assertThat(b.author()).contains("Jane Doe");
    assertThat(outlet(b)).isEqualTo("Reuters");
  }

  @Test
  void ambiguousOutletNameIsThePlaceWhenAnotherOutletIsNamed() {
    Byline b = read("الجزيرة - سمارت");
    assertThat(outlet(b)).isEqualTo("Smart News");
    assertThat(b.dateline()).contains("الجزيرة");
  }

  @Test
  void ambiguousOutletNameAloneIsTheOutlet() {
    Byline b = read("صنعاء - سبأ");
    assertThat(outlet(b)).isEqualTo("Saba");
    assertThat(b.dateline()).contains("صنعاء");
  }

  @Test
  void inlineBylineBeforeBodyText() {
    String line = "دمشق-سانا: أعلنت وزارة الدفاع عن استعادة السيطرة على البلدة.";
    Byline b = read(line);
    assertThat(outlet(b)).isEqualTo("SANA");
    assertThat(line.substring(b.length())).startsWith("أعلنت");
  }

  @Test
  void dashesInsideASentenceAreNotAByline() {
    assertThat(
            bylines.read(
                "قتل خمسة مدنيين - بينهم طفلان - في قصف مدفعي على بلدة كفرنبل جنوب إدلب.", true))
        .isEmpty();
  }

  @Test
  void twoPlacesAreNotAByline() {
    assertThat(bylines.read("حلب - إدلب - خاص", true)).isEmpty();
  }

  @Test
  void aLineWithoutOutletOrBylineWordIsNotAByline() {
    assertThat(bylines.read("الرقة - دير الزور", true)).isEmpty();
  }

  @Test
  void latinHyphenatedNamesStayWhole() {
    Byline b = read("Al-Jazeera - Deir ez-Zor");
    assertThat(outlet(b)).isEqualTo("Al Jazeera");
    assertThat(b.dateline()).contains("Deir ez-Zor");
  }

  @Test
  void datePartIsIgnored() {
    Byline b = read("دمشق - 12 آذار - سانا");
    assertThat(outlet(b)).isEqualTo("SANA");
    assertThat(b.dateline()).contains("دمشق");
  }

  @Test
  void partWithASiteWordIsAnOutletMissingFromTheDictionary() {
    Byline b = read("الخرطوم: (صحوة نيوز)");
    assertThat(b.outlet()).isEmpty();
    assertThat(b.outletText()).contains("صحوة نيوز");
    assertThat(b.dateline()).contains("الخرطوم");
  }

  @Test
  void authorCueBeforeAnAgencyNamesTheOutlet() {
    Byline b = read("كتب: أ.ف.ب");
    assertThat(outlet(b)).isEqualTo("AFP");
    assertThat(b.author()).isEmpty();
    Byline ap = read("By The Associated Press October 15, 2018 11:00 am");
    assertThat(outlet(ap)).isEqualTo("AP");
  }

  @Test
  void capitalsDatelineBeforeAColon() {
    String line = "BEIRUT: A war monitor said troops seized back a town.";
    Byline b = read(line);
    assertThat(b.dateline()).contains("BEIRUT");
    assertThat(b.outlet()).isEmpty();
    assertThat(line.substring(b.length())).startsWith("A war monitor");
  }

  @Test
  void shortCapitalsAreNotADateline() {
    assertThat(bylines.read("UN: talks on Syria resume in Geneva next week", true)).isEmpty();
  }

  @Test
  void placeWithAFunctionWordIsNotAPlace() {
    assertThat(bylines.read("قصف على إدلب - سانا", false)).isEmpty();
  }

  @Test
  void latinPlaceMustBeCapitalised() {
    assertThat(bylines.read("Strikes hit Idlib - Reuters", false)).isEmpty();
  }
}
